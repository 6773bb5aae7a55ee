package se.postboxen.kollegan.shared;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTests {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	@Test
	void readsSecondsAndHttpDates() {
		assertThat(RetryAfter.wait("120", NOW)).contains(Duration.ofMinutes(2));
		assertThat(RetryAfter.wait(" 3 ", NOW)).contains(Duration.ofSeconds(3));
		assertThat(RetryAfter.wait("Thu, 26 Nov 2026 10:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
	}

	@Test
	void aTimeAlreadyPastIsNoWaitAndNonsenseIsNoAnswer() {
		assertThat(RetryAfter.wait("Thu, 26 Nov 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
		assertThat(RetryAfter.wait("-5", NOW)).contains(Duration.ZERO);
		assertThat(RetryAfter.wait("soon", NOW)).isEmpty();
		assertThat(RetryAfter.wait("", NOW)).isEmpty();
		assertThat(RetryAfter.wait(null, NOW)).isEmpty();
	}

}
