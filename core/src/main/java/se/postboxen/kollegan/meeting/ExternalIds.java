package se.postboxen.kollegan.meeting;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.shared.Text;

/**
 * How other systems name the same meeting, used to recognise it when it arrives again by
 * another path (an invitation's iCal UID, the platform's own meeting id).
 */
public record ExternalIds(@Nullable String icalUid, @Nullable String platformMeetingId) {

	public static final ExternalIds NONE = new ExternalIds(null, null);

	public ExternalIds {
		icalUid = Text.optional(icalUid, "icalUid", 1000);
		platformMeetingId = Text.optional(platformMeetingId, "platformMeetingId", 500);
	}

}
