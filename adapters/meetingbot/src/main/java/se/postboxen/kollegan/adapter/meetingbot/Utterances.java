package se.postboxen.kollegan.adapter.meetingbot;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * Utterances from what a gateway says about a speaker. A display name is whatever the
 * participant typed into the meeting, so it is made to fit rather than trusted: one
 * overlong or odd name must not cost the whole transcript.
 */
final class Utterances {

	private Utterances() {
	}

	static Utterance of(@Nullable String speaker, @Nullable String email, Duration start, Duration end, String text) {
		return new Utterance(speaker(speaker), address(email), start.isNegative() ? Duration.ZERO : start, end,
				text.strip());
	}

	private static String speaker(@Nullable String name) {
		String printable = (name != null) ? name.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip() : "";
		if (printable.isEmpty()) {
			return Utterance.UNKNOWN_SPEAKER;
		}
		return (printable.length() > Utterance.MAX_SPEAKER_LENGTH)
				? printable.substring(0, Utterance.MAX_SPEAKER_LENGTH).strip() : printable;
	}

	private static @Nullable EmailAddress address(@Nullable String email) {
		return (email != null && EmailAddress.isValid(email)) ? EmailAddress.of(email) : null;
	}

}
