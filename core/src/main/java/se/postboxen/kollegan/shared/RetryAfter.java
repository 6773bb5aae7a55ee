package se.postboxen.kollegan.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP {@code Retry-After} header (RFC 9110 §10.2.3), read once for every outbound
 * client: delay-seconds or an HTTP date, as the wait from now (never negative). Anything
 * else is no answer, and the caller's own backoff applies.
 */
public final class RetryAfter {

	private RetryAfter() {
	}

	public static Optional<Duration> wait(@Nullable String header, Instant now) {
		if (header == null || header.isBlank()) {
			return Optional.empty();
		}
		String value = header.strip();
		try {
			return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
		}
		catch (NumberFormatException notSeconds) {
			try {
				Duration until = Duration.between(now,
						ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
				return Optional.of(until.isNegative() ? Duration.ZERO : until);
			}
			catch (DateTimeParseException notADate) {
				return Optional.empty();
			}
		}
	}

}
