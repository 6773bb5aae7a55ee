package se.postboxen.kollegan.chat;

import java.net.URI;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * "Kollegan is waiting in the lobby — admit it", posted where the meeting's people read
 * chat, beside the e-mail to the organiser.
 */
public record LobbyNotice(TenantId tenantId, MeetingId meetingId, String meetingTitle, URI joinUrl,
		@Nullable Person organizer) {

	public LobbyNotice {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(meetingTitle, "meetingTitle");
		Objects.requireNonNull(joinUrl, "joinUrl");
	}

}
