package se.postboxen.kollegan.adapter.persistence;

import java.math.BigDecimal;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.TranscriptSpan;

/**
 * Conversions between domain values and the plain columns several tables share (a person
 * as name + e-mail, a transcript span as offset + quote).
 */
public final class Columns {

	private Columns() {
	}

	public static @Nullable String name(@Nullable Person person) {
		return (person != null) ? person.name() : null;
	}

	public static @Nullable String email(@Nullable Person person) {
		return (person != null && person.email() != null) ? person.email().value() : null;
	}

	public static @Nullable Person person(@Nullable String name, @Nullable String email) {
		return (name == null && email == null) ? null : Person.of(name, email);
	}

	public static @Nullable Long atMillis(@Nullable TranscriptSpan span) {
		return (span != null) ? span.at().toMillis() : null;
	}

	public static @Nullable String quote(@Nullable TranscriptSpan span) {
		return (span != null) ? span.quote() : null;
	}

	public static @Nullable TranscriptSpan span(@Nullable Long atMillis, @Nullable String quote) {
		return (atMillis == null || quote == null) ? null : new TranscriptSpan(Duration.ofMillis(atMillis), quote);
	}

	public static BigDecimal confidence(Confidence confidence) {
		return BigDecimal.valueOf(confidence.value());
	}

	public static Confidence confidence(BigDecimal value) {
		return new Confidence(value.doubleValue());
	}

}
