package se.postboxen.kollegan.consent;

import java.net.URI;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The question put to a meeting's participants: may Kollegan take notes, at which level.
 *
 * @param level the level the meeting runs at (the tenant's default, or lower when the
 * organiser chose so)
 * @param to one late joiner, or {@code null} for everyone in the meeting
 */
public record ConsentCard(TenantId tenantId, MeetingId meetingId, String meetingTitle, URI joinUrl,
		@Nullable Person organizer, ConsentLevel level, @Nullable Person to) {

	public ConsentCard {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(meetingTitle, "meetingTitle");
		Objects.requireNonNull(joinUrl, "joinUrl");
		Objects.requireNonNull(level, "level");
	}

}
