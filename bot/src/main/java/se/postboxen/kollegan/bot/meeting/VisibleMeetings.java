package se.postboxen.kollegan.bot.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingNotFoundException;
import se.postboxen.kollegan.meeting.MeetingPage;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.meeting.Platform;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.Role;

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

	/**
	 * A page of the meetings starting in {@code [from, to)} that the caller may see,
	 * optionally only in the given statuses and on the given platforms.
	 */
	public MeetingPage search(Instant from, Instant to, Set<MeetingStatus> statuses, Set<Platform> platforms, int page,
			int size) {
		KolleganUser user = this.currentUser.get();
		if (!user.seesAllMeetings() && user.email() == null) {
			// A member is shown the meetings that concern them; without an address, none
			// do.
			return new MeetingPage(List.of(), page, size, 0);
		}
		return this.meetings.search(new MeetingSearch(user.tenantId(), from, to, statuses, platforms,
				user.seesAllMeetings() ? null : user.email(), page, size));
	}

	/**
	 * The meeting if the caller may act for it as a whole — delete it, give it its
	 * transcript: an administrator, its organiser, or whoever booked the agent. Other
	 * participants see it but may not.
	 * @throws AccessDeniedException for a participant who is none of those
	 */
	public Meeting ownedByCaller(MeetingId id) {
		Meeting meeting = get(id);
		if (isOwnedByCaller(meeting)) {
			return meeting;
		}
		throw new AccessDeniedException("only the organiser, the booker or an administrator");
	}

	/**
	 * Whether the caller may change the meeting itself (remove the agent, upload a
	 * transcript): its organiser, whoever booked Kollegan, or an administrator.
	 */
	public boolean isOwnedByCaller(Meeting meeting) {
		KolleganUser user = this.currentUser.get();
		EmailAddress email = user.email();
		boolean organizes = email != null && meeting.organizer() != null && email.equals(meeting.organizer().email());
		return user.has(Role.ADMIN) || organizes || (email != null && email.equals(meeting.scheduledBy()));
	}

}
