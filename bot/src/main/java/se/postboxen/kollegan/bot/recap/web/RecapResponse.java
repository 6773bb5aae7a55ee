package se.postboxen.kollegan.bot.recap.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingConclusion;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.transcript.TranscriptSource;

/**
 * A meeting's recap, labelled with where its words came from; {@code outcome} says how
 * the meeting ended for Kollegan, so a missing recap always has a reason.
 *
 * @param status {@code pending}, {@code ready} or {@code failed}
 * @param source {@code live}, {@code platform-transcript} or {@code uploaded}
 * @param label the source in words, Swedish then English
 * @param outcome {@code recorded}, {@code partial}, {@code lobby-timeout},
 * {@code consent-declined}, {@code platform-transcript}, {@code uploaded-transcript},
 * {@code no-transcript}; absent while the meeting is not over
 */
record RecapResponse(String status, @Nullable String language, @Nullable String source, @Nullable String label,
		@Nullable String summary, List<String> topics, @Nullable Instant preparedAt, @Nullable String outcome) {

	static RecapResponse of(@Nullable Recap recap, @Nullable MeetingConclusion conclusion) {
		String outcome = (conclusion != null) ? conclusion.outcome().wireName() : null;
		if (recap == null) {
			return new RecapResponse("pending", null, null, null, null, List.of(), null, outcome);
		}
		return new RecapResponse(recap.status().wireName(), recap.language(), source(recap.source()),
				label(recap.source()), recap.summary(), recap.topics(), recap.preparedAt(), outcome);
	}

	private static String source(TranscriptSource source) {
		return switch (source) {
			case LIVE -> "live";
			case PLATFORM -> "platform-transcript";
			case UPLOADED -> "uploaded";
		};
	}

	private static String label(TranscriptSource source) {
		return switch (source) {
			case LIVE -> "Från Kollegans inspelning / From Kollegan's recording";
			case PLATFORM -> "Från plattformens transkription / From the platform transcript";
			case UPLOADED -> "Från en uppladdad transkription / From an uploaded transcript";
		};
	}

}
