package se.postboxen.kollegan.bot.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdFilterTests {

	@Test
	void keepsAWellFormedRequestId() {
		assertThat(CorrelationIdFilter.correlationId("req-2026-abc.123", null)).isEqualTo("req-2026-abc.123");
	}

	@Test
	void takesTheTraceIdOfAW3cTraceparent() {
		assertThat(CorrelationIdFilter.correlationId(null, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
			.isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
	}

	@Test
	void replacesWhatCouldForgeLogLines() {
		String forged = CorrelationIdFilter.correlationId("abc\n{\"level\":\"ERROR\"}", null);

		assertThat(forged).matches("[0-9a-f]{32}");
	}

	@Test
	void createsAnIdWhenNoneIsUsable() {
		String first = CorrelationIdFilter.correlationId(null,
				"00-00000000000000000000000000000000-00f067aa0ba902b7-01");
		String second = CorrelationIdFilter.correlationId("short", "garbage");

		assertThat(first).matches("[0-9a-f]{32}");
		assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
	}

}
