package se.postboxen.kollegan.bot.dashboard;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.brief.Brief;
import se.postboxen.kollegan.brief.BriefKind;
import se.postboxen.kollegan.brief.Briefs;
import se.postboxen.kollegan.brief.PreBriefs;
import se.postboxen.kollegan.meeting.Meeting;

/**
 * The briefs a meeting's page shows, by the API's rule for {@code GET
 * /api/agents/meetings/{id}/briefs}: whoever may see the meeting reads its post-brief;
 * its pre-brief only those {@link PreBriefs#mayRead} allows. Of each kind the latest: a
 * pre-brief is written again nearer the meeting.
 */
@Component
class MeetingBriefs {

	private final Briefs briefs;

	private final CurrentUser currentUser;

	MeetingBriefs(Briefs briefs, CurrentUser currentUser) {
		this.briefs = briefs;
		this.currentUser = currentUser;
	}

	/** The briefs of a meeting the caller may see. */
	Shown of(Meeting meeting) {
		KolleganUser user = this.currentUser.get();
		boolean readsPreBriefs = PreBriefs.mayRead(meeting, user.email(), user.seesAllMeetings());
		List<Brief> all = this.briefs.findByMeeting(meeting.tenantId(), meeting.id());
		return new Shown(readsPreBriefs ? latest(all, BriefKind.PRE, meeting) : null,
				latest(all, BriefKind.POST, meeting));
	}

	private static @Nullable BriefView latest(List<Brief> briefs, BriefKind kind, Meeting meeting) {
		return briefs.stream()
			.filter(brief -> brief.kind() == kind)
			.max(Comparator.comparing(Brief::preparedAt))
			.map(brief -> new BriefView(brief.content(), brief.language(),
					brief.preparedAt().atZone(meeting.timeZone())))
			.orElse(null);
	}

	/** A meeting's briefs; either may be absent. */
	record Shown(@Nullable BriefView pre, @Nullable BriefView post) {

	}

	/**
	 * @param content Markdown, shown as written: it is made to be read as plain text too,
	 * as the mail sends it
	 * @param preparedAt in the meeting's time zone
	 */
	record BriefView(String content, String language, ZonedDateTime preparedAt) {

	}

}
