package se.postboxen.kollegan.chat;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.recap.Decision;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.RecapStatus;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use case: telling a meeting's chat what the agent is doing — it waits in the lobby, the
 * recap is ready — through the first chat platform that reaches the meeting. A notice
 * whose moment has passed (admitted since, recap gone) is dropped, not posted late.
 */
public final class ChatNotices {

	private final Meetings meetings;

	private final Recaps recaps;

	private final Decisions decisions;

	private final ActionItems actions;

	private final List<ChatPlatform> platforms;

	private final URI dashboard;

	public ChatNotices(Meetings meetings, Recaps recaps, Decisions decisions, ActionItems actions,
			List<ChatPlatform> platforms, URI dashboard) {
		this.meetings = meetings;
		this.recaps = recaps;
		this.decisions = decisions;
		this.actions = actions;
		this.platforms = List.copyOf(platforms);
		this.dashboard = dashboard;
	}

	public JobOutcome post(TenantId tenantId, JobPayload.ChatNotice notice) {
		Optional<Meeting> found = this.meetings.findById(tenantId, notice.meetingId());
		if (found.isEmpty()) {
			return JobOutcome.done();
		}
		Meeting meeting = found.get();
		Optional<ChatPlatform> platform = this.platforms.stream().filter(chat -> chat.reaches(meeting)).findFirst();
		if (platform.isEmpty()) {
			return JobOutcome.done();
		}
		if (notice.kind() == JobPayload.ChatNotice.Kind.LOBBY) {
			if (meeting.status() == MeetingStatus.IN_LOBBY) {
				platform.get()
					.postLobbyNotice(new LobbyNotice(tenantId, meeting.id(), meeting.title(), meeting.joinUrl(),
							meeting.organizer()));
			}
			return JobOutcome.done();
		}
		Optional<Recap> recap = this.recaps.find(tenantId, meeting.id())
			.filter(ready -> ready.status() == RecapStatus.READY);
		recap.ifPresent(ready -> platform.get().postRecap(recapNotice(meeting, ready)));
		return JobOutcome.done();
	}

	private RecapNotice recapNotice(Meeting meeting, Recap recap) {
		MeetingId id = meeting.id();
		List<String> decided = this.decisions.findByMeeting(meeting.tenantId(), id)
			.stream()
			.map(Decision::text)
			.toList();
		List<RecapNotice.Action> open = this.actions.findByMeeting(meeting.tenantId(), id)
			.stream()
			.filter(action -> action.status() == ActionStatus.OPEN)
			.map(ChatNotices::action)
			.toList();
		return new RecapNotice(meeting.tenantId(), id, meeting.title(), recap.language(), recap.summary(), decided,
				open, ActionFollowUps.meetingPage(this.dashboard, id));
	}

	private static RecapNotice.Action action(ActionItem action) {
		String owner = null;
		if (action.owner() != null) {
			owner = (action.owner().name() != null) ? action.owner().name()
					: (action.owner().email() != null) ? action.owner().email().value() : null;
		}
		return new RecapNotice.Action(action.id(), action.text(), owner, action.due());
	}

}
