package se.postboxen.kollegan.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.meeting.MeetingId;

/**
 * What the language model cost for one meeting's recaps, every attempt counted.
 *
 * @param languageModel whether a remote model was used at all; without one the recap was
 * written by the offline extractor, which costs nothing
 * @param costSek zero without a model, or for a model without a price
 */
public record MeetingCost(MeetingId meetingId, String title, Instant startsAt, boolean languageModel,
		BigDecimal costSek) {

	public MeetingCost {
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(startsAt, "startsAt");
		Objects.requireNonNull(costSek, "costSek");
		if (costSek.signum() < 0 || (!languageModel && costSek.signum() != 0)) {
			throw new IllegalArgumentException("a cost is never negative, and nothing without a model");
		}
	}

}
