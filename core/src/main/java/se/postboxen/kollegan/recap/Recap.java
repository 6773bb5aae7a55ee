package se.postboxen.kollegan.recap;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.transcript.TranscriptSource;

/**
 * What a meeting came to, in prose: the summary, topics and the questions it left open,
 * labelled with where the words came from (the agent's own recording, the platform's
 * transcript, an upload). Decisions and actions are kept beside it, as {@link Decision}s
 * and action items.
 *
 * @param language {@code sv}, {@code en} or {@code mixed}
 * @param openQuestions what the meeting left unanswered, each in a sentence
 */
public record Recap(TenantId tenantId, MeetingId meetingId, RecapStatus status, String language,
		TranscriptSource source, String summary, List<String> topics, List<String> openQuestions, Instant preparedAt) {

	public static final int MAX_SUMMARY_LENGTH = 20_000;

	public Recap {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(summary, "summary");
		if (summary.length() > MAX_SUMMARY_LENGTH) {
			summary = summary.substring(0, MAX_SUMMARY_LENGTH);
		}
		topics = List.copyOf(topics);
		openQuestions = List.copyOf(openQuestions);
		Objects.requireNonNull(preparedAt, "preparedAt");
	}

}
