package se.postboxen.kollegan.meeting;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.shared.Text;

/**
 * How other systems name the same meeting, used to recognise it when it arrives again by
 * another path (an invitation's iCal UID, the platform's own meeting id).
 *
 * @param occurrence for one occurrence of a recurring series, its original start (iCal's
 * {@code RECURRENCE-ID}): with the series' UID it names the occurrence even after it was
 * moved
 */
public record ExternalIds(@Nullable String icalUid, @Nullable String platformMeetingId, @Nullable Instant occurrence) {

	public static final ExternalIds NONE = new ExternalIds(null, null, null);

	public ExternalIds(@Nullable String icalUid, @Nullable String platformMeetingId) {
		this(icalUid, platformMeetingId, null);
	}

	public ExternalIds {
		icalUid = Text.optional(icalUid, "icalUid", 1000);
		platformMeetingId = Text.optional(platformMeetingId, "platformMeetingId", 500);
	}

}
