package se.postboxen.kollegan.action;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The organiser is told about an open action nobody answers for: its owner was nudged
 * {@code nudgesSent} times without a word, or it has no owner at all.
 *
 * @param owner the owner's name or address, {@code null} when the action has none
 */
public record ActionEscalation(TenantId tenantId, ActionItemId actionId, MeetingId meetingId, String meetingTitle,
		String text, EmailAddress organizer, @Nullable String owner, @Nullable LocalDate due, int nudgesSent,
		URI link) {

	public ActionEscalation {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(actionId, "actionId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(meetingTitle, "meetingTitle");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(organizer, "organizer");
		Objects.requireNonNull(link, "link");
	}

}
