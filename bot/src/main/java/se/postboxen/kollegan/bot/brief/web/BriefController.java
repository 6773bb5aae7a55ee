package se.postboxen.kollegan.bot.brief.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.bot.meeting.VisibleMeetings;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.brief.BriefKind;
import se.postboxen.kollegan.brief.Briefs;
import se.postboxen.kollegan.brief.PreBriefs;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;

/**
 * A meeting's briefs, oldest first. Whoever may see the meeting reads its post-brief; its
 * pre-briefs only those {@link PreBriefs#mayRead} allows.
 */
@RestController
class BriefController {

	private final VisibleMeetings visibleMeetings;

	private final Briefs briefs;

	private final CurrentUser currentUser;

	BriefController(VisibleMeetings visibleMeetings, Briefs briefs, CurrentUser currentUser) {
		this.visibleMeetings = visibleMeetings;
		this.briefs = briefs;
		this.currentUser = currentUser;
	}

	@GetMapping(path = "/api/agents/meetings/{id}/briefs", produces = MediaType.APPLICATION_JSON_VALUE)
	List<BriefResponse> briefs(@PathVariable UUID id) {
		Meeting meeting = this.visibleMeetings.get(new MeetingId(id));
		KolleganUser user = this.currentUser.get();
		boolean readsPreBriefs = PreBriefs.mayRead(meeting, user.email(), user.seesAllMeetings());
		return this.briefs.findByMeeting(meeting.tenantId(), meeting.id())
			.stream()
			.filter(brief -> brief.kind() == BriefKind.POST || readsPreBriefs)
			.map(BriefResponse::of)
			.toList();
	}

}
