package se.postboxen.kollegan.bot.brief.web;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import se.postboxen.kollegan.brief.Brief;

/**
 * One brief of a meeting.
 *
 * @param kind {@code pre} (before the meeting, for its organiser) or {@code post} (after
 * it, for its participants)
 * @param content Markdown, headings in Swedish and English
 * @param preparedAt when it was last written
 */
record BriefResponse(UUID id, String kind, String language, String content, Instant preparedAt) {

	static BriefResponse of(Brief brief) {
		return new BriefResponse(brief.id().value(), brief.kind().name().toLowerCase(Locale.ROOT), brief.language(),
				brief.content(), brief.preparedAt());
	}

}
