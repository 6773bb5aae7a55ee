package se.postboxen.kollegan.regwatch;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.brief.RegwatchHighlights;
import se.postboxen.kollegan.meeting.Meeting;

/**
 * Regwatch in pre-briefs: the tenant's items that matched any of its topics and changed
 * in the weeks before the meeting, newest first. A tenant that watches nothing gets no
 * regwatch section at all.
 */
public final class RegwatchBriefHighlights implements RegwatchHighlights {

	/** How far back a brief looks for changes. */
	static final Duration LOOK_BACK = Duration.ofDays(30);

	static final int MAX_ITEMS = 5;

	private final RegwatchSources sources;

	private final RegwatchItems items;

	public RegwatchBriefHighlights(RegwatchSources sources, RegwatchItems items) {
		this.sources = sources;
		this.items = items;
	}

	@Override
	public @Nullable List<RegwatchItem> relevantTo(Meeting meeting) {
		if (this.sources.findAll(meeting.tenantId()).isEmpty()) {
			return null;
		}
		return this.items.find(meeting.tenantId(), null, 1, meeting.startsAt().minus(LOOK_BACK), MAX_ITEMS);
	}

}
