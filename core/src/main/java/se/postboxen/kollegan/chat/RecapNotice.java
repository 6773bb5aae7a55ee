package se.postboxen.kollegan.chat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The recap as a chat message: the summary, what was decided, who does what by when, and
 * a link to the whole of it in the dashboard.
 *
 * @param language {@code sv}, {@code en} or {@code mixed}: the meeting's
 * @param link the meeting's page in the dashboard
 */
public record RecapNotice(TenantId tenantId, MeetingId meetingId, String meetingTitle, String language, String summary,
		List<String> decisions, List<Action> actions, URI link) {

	/** Summaries in chat are cut here; the dashboard has all of it. */
	public static final int MAX_SUMMARY_LENGTH = 1200;

	public RecapNotice {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(meetingTitle, "meetingTitle");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(summary, "summary");
		if (summary.length() > MAX_SUMMARY_LENGTH) {
			summary = summary.substring(0, MAX_SUMMARY_LENGTH - 1) + "…";
		}
		decisions = List.copyOf(decisions);
		actions = List.copyOf(actions);
		Objects.requireNonNull(link, "link");
	}

	/** One action item as the recap lists it. */
	public record Action(ActionItemId id, String text, @Nullable String owner, @Nullable LocalDate due) {

		public Action {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(text, "text");
		}

	}

}
