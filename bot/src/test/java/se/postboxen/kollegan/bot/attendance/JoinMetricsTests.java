package se.postboxen.kollegan.bot.attendance;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.attendance.BotReport;
import se.postboxen.kollegan.attendance.BotReports;
import se.postboxen.kollegan.attendance.BotState;
import se.postboxen.kollegan.attendance.MeetingBot;
import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.transcript.Transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JoinMetricsTests {

	private static final Instant NOW = Instant.parse("2031-05-01T08:00:00Z");

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final JoinMetrics metrics = new JoinMetrics(this.registry);

	private final InMemoryBots bots = new InMemoryBots();

	/** Applies a report as the use case does: the bot takes the reported state. */
	private final BotReports applied = report -> this.bots.findByBotId(report.botId())
		.ifPresent(bot -> this.bots.save(new MeetingBot(bot.meetingId(), bot.tenantId(), bot.botId(), bot.attempt(),
				report.state(), report.reason(), report.at())));

	private final BotReports counted = this.metrics.counting(this.applied, this.bots);

	private double count(String outcome) {
		return this.registry.get("kollegan.meeting.joins").tag("outcome", outcome).counter().count();
	}

	private String sent() {
		String botId = "bot-" + (this.bots.all.size() + 1);
		this.bots.save(new MeetingBot(MeetingId.newId(), TenantId.newId(), botId, 1, BotState.JOINING, null, NOW));
		return botId;
	}

	private void report(String botId, BotState state, boolean retryable) {
		this.counted.reported(new BotReport(botId, state, null, retryable, NOW));
	}

	@Test
	void registersEveryOutcomeAtZero() {
		assertThat(this.registry.get("kollegan.meeting.joins").counters()).hasSize(JoinMetrics.Outcome.values().length)
			.allSatisfy(counter -> assertThat(counter.count()).isZero());
	}

	@Test
	void countsABotThroughTheLobbyIntoTheCallOnceEachHoweverOftenTheGatewaySaysSo() {
		String bot = sent();

		report(bot, BotState.JOINING, false);
		report(bot, BotState.IN_LOBBY, false);
		report(bot, BotState.IN_LOBBY, false);
		report(bot, BotState.IN_CALL, false);
		report(bot, BotState.IN_CALL, false);
		report(bot, BotState.ENDED, false);

		assertThat(count("lobby")).isEqualTo(1);
		assertThat(count("joined")).isEqualTo(1);
		assertThat(count("not_admitted")).as("the end of a call it was in").isZero();
	}

	@Test
	void countsAMeetingThatEndedBeforeTheBotWasAdmitted() {
		String bot = sent();

		report(bot, BotState.IN_LOBBY, false);
		report(bot, BotState.ENDED, false);

		assertThat(count("not_admitted")).isEqualTo(1);
		assertThat(count("joined")).isZero();
	}

	@Test
	void tellsFailuresAnotherAttemptCanMendFromThoseItCannot() {
		report(sent(), BotState.FAILED, true);
		report(sent(), BotState.FAILED, false);

		assertThat(count("failed_retryable")).isEqualTo(1);
		assertThat(count("failed")).isEqualTo(1);
	}

	@Test
	void countsNothingForABotItDidNotSendOrAReportThatWasNotApplied() {
		report("someone-elses-bot", BotState.IN_CALL, false);
		String bot = sent();
		BotReports failing = this.metrics.counting(report -> {
			throw new IllegalStateException("database down");
		}, this.bots);

		assertThatIllegalStateException()
			.isThrownBy(() -> failing.reported(new BotReport(bot, BotState.IN_CALL, null, false, NOW)));

		assertThat(count("joined")).isZero();
	}

	@Test
	void countsWhatTheGatewaySaysToEveryBotItIsAskedToSend() {
		MeetingBotGateway gateway = this.metrics.counting(
				new Gateway(List.of(Optional.empty(), Optional.of(new BotGatewayException("429", true, null, null)),
						Optional.of(new BotGatewayException("meeting link not supported", false, null, null)))));

		gateway.send(MeetingId.newId(), URI.create("https://kommun-a.zoom.us/j/1"), NOW, "Kollegan");
		assertThatThrownBy(
				() -> gateway.send(MeetingId.newId(), URI.create("https://kommun-a.zoom.us/j/2"), NOW, "Kollegan"))
			.isInstanceOf(BotGatewayException.class);
		assertThatThrownBy(
				() -> gateway.send(MeetingId.newId(), URI.create("https://kommun-a.zoom.us/j/3"), NOW, "Kollegan"))
			.isInstanceOf(BotGatewayException.class);

		assertThat(count("sent")).isEqualTo(1);
		assertThat(count("unavailable")).isEqualTo(1);
		assertThat(count("refused")).isEqualTo(1);
	}

	/** Answers each send in turn: a bot id, or the failure given. */
	private static final class Gateway implements MeetingBotGateway {

		private final List<Optional<BotGatewayException>> answers;

		private int sent;

		Gateway(List<Optional<BotGatewayException>> answers) {
			this.answers = answers;
		}

		@Override
		public String send(MeetingId meetingId, URI joinUrl, Instant joinAt, String botName) {
			Optional<BotGatewayException> failure = this.answers.get(this.sent++);
			if (failure.isPresent()) {
				throw failure.get();
			}
			return "bot-" + this.sent;
		}

		@Override
		public void remove(String botId) {
		}

		@Override
		public void deleteRecording(String botId) {
		}

		@Override
		public Optional<Transcript> transcript(String botId) {
			return Optional.empty();
		}

	}

	private static final class InMemoryBots implements MeetingBots {

		private final Map<String, MeetingBot> all = new HashMap<>();

		@Override
		public void save(MeetingBot bot) {
			this.all.put(bot.botId(), bot);
		}

		@Override
		public Optional<MeetingBot> findByBotId(String botId) {
			return Optional.ofNullable(this.all.get(botId));
		}

		@Override
		public Optional<MeetingBot> findByMeeting(MeetingId meetingId) {
			return this.all.values().stream().filter(bot -> bot.meetingId().equals(meetingId)).findFirst();
		}

		@Override
		public List<MeetingBot> findByTenant(TenantId tenantId) {
			return this.all.values().stream().filter(bot -> bot.tenantId().equals(tenantId)).toList();
		}

	}

}
