package se.postboxen.kollegan.transcript;

import java.time.Duration;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Text;

/**
 * One stretch of speech by one speaker.
 *
 * @param speaker the name the platform shows for the speaker ("Okänd talare" when it
 * gives none)
 * @param speakerEmail the speaker's address when the source knows it (gateways often do,
 * VTT files never)
 * @param start offset from the start of the recording
 * @param end offset from the start of the recording, not before {@code start}
 */
public record Utterance(String speaker, @Nullable EmailAddress speakerEmail, Duration start, Duration end,
		String text) {

	public static final int MAX_SPEAKER_LENGTH = 200;

	/** The name given to speech no source attributes to anyone. */
	public static final String UNKNOWN_SPEAKER = "Okänd talare";

	public Utterance {
		speaker = Text.required(speaker, "speaker", MAX_SPEAKER_LENGTH);
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(text, "text");
		if (start.isNegative()) {
			throw new IllegalArgumentException("start must not be negative");
		}
		if (end.compareTo(start) < 0) {
			end = start;
		}
	}

}
