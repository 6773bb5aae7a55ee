package se.postboxen.kollegan.bot.dashboard;

import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.recap.TranscriptSpan;

/**
 * The words a decision or action came from and when in the meeting they were said.
 *
 * @param at the offset from the meeting's start as {@code HH:MM:SS}, as a recording's
 * player shows it
 * @param seconds the same offset for the {@code <time datetime>} attribute
 */
record SaidAt(String quote, String at, String seconds) {

	static @Nullable SaidAt of(@Nullable TranscriptSpan span) {
		if (span == null) {
			return null;
		}
		Duration at = span.at();
		return new SaidAt(span.quote(),
				String.format(Locale.ROOT, "%02d:%02d:%02d", at.toHours(), at.toMinutesPart(), at.toSecondsPart()),
				at.toString());
	}

}
