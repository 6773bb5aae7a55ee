package se.postboxen.kollegan.bot.meeting;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingNotFoundException;
import se.postboxen.kollegan.meeting.Meetings;

/**
 * The one rule for which meetings a caller may see or act on: administrators and auditors
 * all of their tenant's, members those that concern them.
 */
@Component
public class VisibleMeetings {

	private final Meetings meetings;

	private final CurrentUser currentUser;

	VisibleMeetings(Meetings meetings, CurrentUser currentUser) {
		this.meetings = meetings;
		this.currentUser = currentUser;
	}

	/**
	 * The meeting if the caller may see it; otherwise not found, exactly as for a meeting
	 * that does not exist, so that ids cannot be probed.
	 */
	public Meeting get(MeetingId id) {
		KolleganUser user = this.currentUser.get();
		return this.meetings.findById(user.tenantId(), id)
			.filter(meeting -> user.seesAllMeetings() || (user.email() != null && meeting.concerns(user.email())))
			.orElseThrow(MeetingNotFoundException::new);
	}

}
