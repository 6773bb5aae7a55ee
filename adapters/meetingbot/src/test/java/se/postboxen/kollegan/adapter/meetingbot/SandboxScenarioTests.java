package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scenarios chosen by the meeting link. */
class SandboxScenarioTests {

	@Test
	void theLinkNamesTheScenario() {
		assertThat(SandboxScenario.of(URI.create("https://sandbox.kollegan.example/meet/organiser-declines?lang=en")))
			.isEqualTo(SandboxScenario.ORGANISER_DECLINES);
		assertThat(SandboxScenario.of(URI.create("https://sandbox.kollegan.example/meet/lobby-then-admit")))
			.isEqualTo(SandboxScenario.LOBBY_THEN_ADMIT);
		assertThat(SandboxScenario.of(URI.create("https://sandbox.kollegan.example/meet/denied/run-17")))
			.isEqualTo(SandboxScenario.DENIED);
		assertThat(SandboxScenario.of(URI.create("https://sandbox.kollegan.example/meet/no-such-thing")))
			.isEqualTo(SandboxScenario.OK);
		assertThat(SandboxScenario.of(URI.create("https://kommun-a.zoom.us/j/123"))).isEqualTo(SandboxScenario.OK);
	}

	@Test
	void consentIsNotTheBotsBusinessTheMeetingGoesOn() {
		assertThat(SandboxScenario.DECLINED_CONSENT.steps()).isEqualTo(SandboxScenario.OK.steps());
		assertThat(SandboxScenario.ORGANISER_DECLINES.steps()).isEqualTo(SandboxScenario.OK.steps());
	}

	@Test
	void onlyScenariosThatGetInHearAnything() {
		assertThat(SandboxScenario.OK.reachesTheCall()).isTrue();
		assertThat(SandboxScenario.LOBBY_THEN_ADMIT.reachesTheCall()).isTrue();
		assertThat(SandboxScenario.LOBBY_TIMEOUT.reachesTheCall()).isFalse();
		assertThat(SandboxScenario.JOIN_FAILS.reachesTheCall()).isFalse();
		assertThat(SandboxScenario.DENIED.reachesTheCall()).isFalse();
	}

}
