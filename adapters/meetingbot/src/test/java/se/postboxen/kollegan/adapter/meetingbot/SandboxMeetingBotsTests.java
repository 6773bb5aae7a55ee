package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.transcript.Transcript;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's transcripts: the bundled meeting a bot "heard", in the link's language.
 */
class SandboxMeetingBotsTests {

	private final SandboxMeetingBots bots = new SandboxMeetingBots(report -> {
	}, (bot, participant) -> {
	}, 1.0, Clock.systemUTC());

	@AfterEach
	void close() {
		this.bots.close();
	}

	private String send(String link) {
		// Scheduled far ahead: these tests read transcripts, not the scenario's reports.
		return this.bots.send(new MeetingId(UUID.randomUUID()), URI.create(link), Instant.now().plusSeconds(3600),
				"Kollegan");
	}

	@Test
	void aBotInTheCallHeardTheSwedishMeeting() {
		Transcript transcript = this.bots
			.transcript(send("https://sandbox.kollegan.example/meet/ok?" + UUID.randomUUID()))
			.orElseThrow();

		assertThat(transcript.speakers()).containsExactlyInAnyOrder("Anna Lind", "Erik Berg", "Sara Nilsson");
	}

	@Test
	void theLinkCanAskForTheEnglishMeeting() {
		Transcript transcript = this.bots
			.transcript(send("https://sandbox.kollegan.example/meet/organiser-declines?id=7&lang=en"))
			.orElseThrow();

		assertThat(transcript.speakers()).containsExactlyInAnyOrder("Anna Lind", "James Taylor", "Sara Nilsson");
	}

	@Test
	void aBotThatNeverGotInHeardNothing() {
		assertThat(this.bots.transcript(send("https://sandbox.kollegan.example/meet/lobby-timeout"))).isEmpty();
		assertThat(this.bots.transcript(send("https://sandbox.kollegan.example/meet/join-fails"))).isEmpty();
		assertThat(this.bots.transcript(send("https://sandbox.kollegan.example/meet/denied"))).isEmpty();
		assertThat(this.bots.transcript("sandbox-sent-before-a-restart")).isEmpty();
	}

}
