package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.attendance.BotReport;
import se.postboxen.kollegan.attendance.BotState;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.transcript.Transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

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

	@Test
	void aMeetingTheBotNeverGetsIntoStillEndsAndLateJoinersArriveOnlyWhereTheBotIsIn() {
		List<BotReport> reports = new CopyOnWriteArrayList<>();
		List<String> joins = new CopyOnWriteArrayList<>();
		// 0.01: a 100-second sandbox meeting lasts one real second.
		try (SandboxMeetingBots fast = new SandboxMeetingBots(reports::add,
				(bot, participant) -> joins.add(bot + ":" + participant.name()), 0.01, Clock.systemUTC())) {
			MeetingId meeting = new MeetingId(UUID.randomUUID());
			String failing = fast.send(meeting, URI.create("https://sandbox.kollegan.example/meet/join-fails"),
					Instant.now(), "Kollegan");
			String attending = fast.send(new MeetingId(UUID.randomUUID()),
					URI.create("https://sandbox.kollegan.example/meet/ok"), Instant.now(), "Kollegan");

			await().atMost(Duration.ofSeconds(5))
				.until(() -> reports.stream()
					.anyMatch(report -> report.botId().equals(failing) && report.state() == BotState.ENDED));

			assertThat(reports).filteredOn(report -> report.botId().equals(failing))
				.extracting(BotReport::state, BotReport::reason)
				.containsExactly(tuple(BotState.JOINING, null), tuple(BotState.FAILED, "join_error"),
						tuple(BotState.ENDED, "meeting_ended"));
			await().atMost(Duration.ofSeconds(5)).until(() -> !joins.isEmpty());
			assertThat(joins).containsExactly(attending + ":Johan Ek");
			// The bot that gets in sees the end itself: no second end is made up for it.
			await().atMost(Duration.ofSeconds(5))
				.until(() -> reports.stream()
					.anyMatch(report -> report.botId().equals(attending) && report.state() == BotState.ENDED));
			assertThat(reports).filteredOn(report -> report.botId().equals(attending))
				.filteredOn(report -> report.state() == BotState.ENDED)
				.hasSize(1);
		}
	}

}
