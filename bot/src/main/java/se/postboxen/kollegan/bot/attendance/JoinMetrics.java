package se.postboxen.kollegan.bot.attendance;

import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.attendance.BotReport;
import se.postboxen.kollegan.attendance.BotReports;
import se.postboxen.kollegan.attendance.BotState;
import se.postboxen.kollegan.attendance.MeetingBot;
import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.transcript.Transcript;

/**
 * What became of the agent's join attempts, counted where the gateway answers:
 * {@code kollegan_meeting_joins_total{outcome}}, the outcome alone as its tag (never a
 * meeting, bot or tenant). Every outcome is registered at start, so that rates and ratios
 * exist before the first meeting.
 */
class JoinMetrics {

	/** One step of a join attempt. */
	enum Outcome {

		/** The gateway took the bot. */
		SENT,

		/** The gateway refused the bot for good (a 4xx): the meeting is degraded. */
		REFUSED,

		/** The gateway could not be reached or asked us to wait; the job tries again. */
		UNAVAILABLE,

		/** The bot waits in the meeting's lobby. */
		LOBBY,

		/** The bot is in the call. */
		JOINED,

		/** The meeting ended while the bot was still joining or waiting in the lobby. */
		NOT_ADMITTED,

		/**
		 * The bot failed in a way another attempt can mend (lobby timeout, kicked out).
		 */
		FAILED_RETRYABLE,

		/**
		 * The bot failed in a way no attempt can mend (denied by the host, no meeting).
		 */
		FAILED;

		String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);

	JoinMetrics(MeterRegistry registry) {
		for (Outcome outcome : Outcome.values()) {
			this.counters.put(outcome,
					Counter.builder("kollegan.meeting.joins")
						.description("Steps and outcomes of the agent's attempts to join meetings")
						.tag("outcome", outcome.tag())
						.register(registry));
		}
	}

	void count(Outcome outcome) {
		this.counters.get(outcome).increment();
	}

	/**
	 * The gateway, with every bot it is asked to send counted as sent, refused or not.
	 */
	MeetingBotGateway counting(MeetingBotGateway gateway) {
		return new MeetingBotGateway() {

			@Override
			public String send(MeetingId meetingId, URI joinUrl, Instant joinAt, String botName) {
				try {
					String botId = gateway.send(meetingId, joinUrl, joinAt, botName);
					count(Outcome.SENT);
					return botId;
				}
				catch (RuntimeException ex) {
					boolean refused = ex instanceof BotGatewayException failure && !failure.retryable();
					count(refused ? Outcome.REFUSED : Outcome.UNAVAILABLE);
					throw ex;
				}
			}

			@Override
			public void remove(String botId) {
				gateway.remove(botId);
			}

			@Override
			public void deleteRecording(String botId) {
				gateway.deleteRecording(botId);
			}

			@Override
			public Optional<Transcript> transcript(String botId) {
				return gateway.transcript(botId);
			}

		};
	}

	/**
	 * The reports, counted once they are applied. A report counts when it moves a bot we
	 * sent to another state: the gateway repeats itself (Recall.ai reports the call
	 * twice, as not recording and as recording; webhooks are delivered again) and a
	 * repeat is no new outcome.
	 */
	BotReports counting(BotReports reports, MeetingBots bots) {
		return report -> {
			Optional<BotState> before = bots.findByBotId(report.botId()).map(MeetingBot::state);
			reports.reported(report);
			if (before.isPresent() && before.get() != report.state()) {
				Outcome outcome = outcome(before.get(), report);
				if (outcome != null) {
					count(outcome);
				}
			}
		};
	}

	private static @Nullable Outcome outcome(BotState before, BotReport report) {
		return switch (report.state()) {
			case IN_LOBBY -> Outcome.LOBBY;
			case IN_CALL -> Outcome.JOINED;
			case FAILED -> report.retryable() ? Outcome.FAILED_RETRYABLE : Outcome.FAILED;
			// The end of a call the bot was in is no join outcome; the end of one it
			// never
			// got into is.
			case ENDED -> (before == BotState.JOINING || before == BotState.IN_LOBBY) ? Outcome.NOT_ADMITTED : null;
			case JOINING -> null;
		};
	}

}
