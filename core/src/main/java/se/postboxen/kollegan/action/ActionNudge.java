package se.postboxen.kollegan.action;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A reminder to an action's owner, written to them alone, with three answers: done, a new
 * date, someone else.
 *
 * @param nudge which reminder this is for the action, from 1
 * @param link the action's meeting in the dashboard
 */
public record ActionNudge(TenantId tenantId, ActionItemId actionId, MeetingId meetingId, String meetingTitle,
		String text, EmailAddress owner, @Nullable String ownerName, @Nullable LocalDate due, int nudge, URI link) {

	public ActionNudge {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(actionId, "actionId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(meetingTitle, "meetingTitle");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(link, "link");
	}

}
