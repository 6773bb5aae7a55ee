package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.postboxen.kollegan.attendance.BotReport;
import se.postboxen.kollegan.attendance.BotState;
import se.postboxen.kollegan.attendance.BotReports;
import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.consent.ParticipantJoins;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.transcript.Transcript;

/**
 * The embedded default: no real meeting is joined; each bot plays its
 * {@link SandboxScenario} in compressed time and reports like a real gateway would, so
 * the whole lifecycle (join, lobby, retries, end) runs on a laptop within a minute.
 * Someone joins late in every meeting the bot gets into, so late joiners are asked for
 * consent too. A bot that got into the call "heard" the sandbox meeting
 * ({@link SandboxTranscripts}).
 */
public class SandboxMeetingBots implements MeetingBotGateway, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SandboxMeetingBots.class);

	private final BotReports reports;

	private final ParticipantJoins joins;

	/** Someone who joins every sandbox meeting the bot gets into, late and silent. */
	static final Person LATE_JOINER = Person.of("Johan Ek", null);

	/** When, in scenario seconds after the bot is sent, the late joiner arrives. */
	private static final int LATE_JOINER_AT = 12;

	private final double timeScale;

	private final Clock clock;

	private final ScheduledExecutorService timeline = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "sandbox-meeting-bots");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, List<ScheduledFuture<?>>> running = new ConcurrentHashMap<>();

	/**
	 * When each meeting's first bot was sent: the sandbox meeting ends a fixed time after
	 * it (a development instance's meetings are few; the map is not pruned).
	 */
	private final Map<MeetingId, Instant> firstSent = new ConcurrentHashMap<>();

	/** Each bot's meeting link: its scenario and its language, for the transcript. */
	private final Map<String, URI> joinUrls = new ConcurrentHashMap<>();

	/**
	 * @param timeScale how a scenario's seconds map onto real ones (0.5: twice as fast)
	 */
	public SandboxMeetingBots(BotReports reports, ParticipantJoins joins, double timeScale, Clock clock) {
		if (!(timeScale > 0)) {
			throw new IllegalArgumentException("the sandbox time scale must be positive");
		}
		this.reports = reports;
		this.joins = joins;
		this.timeScale = timeScale;
		this.clock = clock;
	}

	@Override
	public String send(MeetingId meetingId, URI joinUrl, Instant joinAt, String botName) {
		String botId = "sandbox-" + UUID.randomUUID();
		SandboxScenario scenario = SandboxScenario.of(joinUrl);
		long wait = Math.max(0, Duration.between(this.clock.instant(), joinAt).toMillis());
		List<ScheduledFuture<?>> steps = new ArrayList<>();
		for (SandboxScenario.Step step : scenario.steps()) {
			long delay = wait + Math.round(step.second() * 1000 * this.timeScale);
			steps.add(this.timeline.schedule(() -> report(botId, step), delay, TimeUnit.MILLISECONDS));
		}
		if (!scenario.seesTheEnd()) {
			// The meeting goes on without the bot and ends when sandbox meetings do.
			Instant first = this.firstSent.computeIfAbsent(meetingId, id -> this.clock.instant());
			long end = Math.max(
					Duration.between(this.clock.instant(), first).toMillis()
							+ Math.round(SandboxScenario.MEETING_LENGTH * 1000 * this.timeScale),
					wait + Math.round((scenario.lastSecond() + 1) * 1000 * this.timeScale));
			SandboxScenario.Step ended = new SandboxScenario.Step(0, BotState.ENDED, "meeting_ended", false);
			steps.add(this.timeline.schedule(() -> report(botId, ended), end, TimeUnit.MILLISECONDS));
		}
		if (scenario.reachesTheCall()) {
			long delay = wait + Math.round(LATE_JOINER_AT * 1000 * this.timeScale);
			steps.add(this.timeline.schedule(() -> lateJoiner(botId), delay, TimeUnit.MILLISECONDS));
		}
		this.running.put(botId, steps);
		this.joinUrls.put(botId, joinUrl);
		logger.info("Sandbox bot {} plays {}", botId, scenario);
		return botId;
	}

	/** The sandbox keeps only which meeting each bot heard: that goes. */
	@Override
	public void deleteRecording(String botId) {
		remove(botId);
		this.joinUrls.remove(botId);
	}

	@Override
	public void remove(String botId) {
		List<ScheduledFuture<?>> steps = this.running.remove(botId);
		if (steps != null) {
			steps.forEach(step -> step.cancel(false));
		}
	}

	@Override
	public Optional<Transcript> transcript(String botId) {
		URI joinUrl = this.joinUrls.get(botId);
		if (joinUrl == null || !SandboxScenario.of(joinUrl).reachesTheCall()) {
			// Unknown (sent before a restart) or never in the call: nothing was heard.
			return Optional.empty();
		}
		return Optional.of(SandboxTranscripts.of(joinUrl));
	}

	private void lateJoiner(String botId) {
		try {
			this.joins.joined(botId, LATE_JOINER);
		}
		catch (RuntimeException ex) {
			logger.warn("Sandbox bot {} late joiner not reported: {}", botId, ex.getClass().getSimpleName());
		}
	}

	private void report(String botId, SandboxScenario.Step step) {
		try {
			this.reports
				.reported(new BotReport(botId, step.state(), step.reason(), step.retryable(), this.clock.instant()));
		}
		catch (RuntimeException ex) {
			// A real gateway would retry its webhook; the sandbox logs and moves on.
			logger.warn("Sandbox bot {} report {} failed: {}", botId, step.state(), ex.getClass().getSimpleName());
		}
	}

	@Override
	public void close() {
		this.timeline.shutdownNow();
	}

}
