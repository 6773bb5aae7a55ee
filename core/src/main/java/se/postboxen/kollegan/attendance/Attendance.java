package se.postboxen.kollegan.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.MeetingUpdates;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use cases: sending the agent's bot into a meeting and following what it reports. A
 * retryable failure (a lobby timeout, a join error, a crashed bot) is tried again up to
 * {@link #MAX_JOIN_ATTEMPTS} times while the meeting runs; after that, or after a failure
 * no retry can mend (meeting not found, denied by the host), the meeting is degraded to
 * post-meeting analysis of the platform's own transcript after its end. Reports may
 * arrive twice or out of order: each is applied only when the meeting's status allows it.
 */
public final class Attendance {

	public static final int MAX_JOIN_ATTEMPTS = 3;

	/** The name the bot shows in the meeting. */
	public static final String BOT_NAME = "Kollegan";

	/** Between join attempts by default: 10 s, then 20 s. */
	public static final Duration RETRY_BASE = Duration.ofSeconds(10);

	/** How far from a platform's event a meeting with its link is looked for. */
	private static final Duration PLATFORM_EVENT_WINDOW = Duration.ofHours(12);

	private final Meetings meetings;

	private final MeetingBots bots;

	private final MeetingBotGateway gateway;

	private final JobQueue jobs;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	private final Duration retryBase;

	private final MeetingUpdates updates;

	/**
	 * @param retryBase the wait before the second attempt, doubled for each later one
	 */
	public Attendance(Meetings meetings, MeetingBots bots, MeetingBotGateway gateway, JobQueue jobs, AuditLog auditLog,
			Transactions transactions, Clock clock, Duration retryBase, MeetingUpdates updates) {
		this.retryBase = retryBase;
		this.updates = updates;
		this.meetings = meetings;
		this.bots = bots;
		this.gateway = gateway;
		this.jobs = jobs;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Sends the bot (join attempt {@code attempt}, from 1). A meeting cancelled or
	 * already under way is left alone; one already over goes straight to post-meeting
	 * analysis.
	 */
	public JobOutcome join(TenantId tenantId, MeetingId meetingId, int attempt) {
		Optional<Meeting> found = this.meetings.findById(tenantId, meetingId);
		if (found.isEmpty()) {
			return JobOutcome.done();
		}
		Meeting meeting = found.get();
		MeetingStatus status = meeting.status();
		if (status != MeetingStatus.SCHEDULED && status != MeetingStatus.JOINING) {
			return JobOutcome.done();
		}
		Optional<MeetingBot> sent = this.bots.findByMeeting(meetingId);
		if (sent.isPresent() && sent.get().attempt() >= attempt) {
			// This attempt's bot is on its way already (the job ran again after a crash).
			return JobOutcome.done();
		}
		Instant now = this.clock.instant();
		if (!meeting.endsAt().isAfter(now)) {
			degrade(meeting, "meeting-over");
			return JobOutcome.done();
		}
		String botId;
		try {
			Instant joinAt = meeting.startsAt().isAfter(now) ? meeting.startsAt() : now;
			botId = this.gateway.send(meeting.id(), meeting.joinUrl(), joinAt, BOT_NAME);
		}
		catch (BotGatewayException ex) {
			if (ex.retryable()) {
				// The gateway, not the meeting, failed: the job's own retries cover it.
				return (ex.retryAt() != null) ? JobOutcome.retryAt(ex.retryAt(), ex.getMessage()) : JobOutcome.retry();
			}
			degrade(meeting, "gateway-refused");
			return JobOutcome.done();
		}
		this.transactions.inTransaction(() -> {
			Meeting current = this.meetings.findById(tenantId, meetingId).orElseThrow();
			if (current.status() == MeetingStatus.SCHEDULED) {
				current.markJoining();
				this.updates.saveAndTell(current);
			}
			this.bots.save(new MeetingBot(meetingId, tenantId, botId, attempt, BotState.JOINING, null, now));
			audit(current, "meeting.bot-sent", Map.of("attempt", Integer.toString(attempt)));
			return null;
		});
		return JobOutcome.done();
	}

	/**
	 * Takes a bot out of its meeting; a gateway that cannot be asked now is asked again.
	 */
	public JobOutcome leave(String botId) {
		try {
			this.gateway.remove(botId);
			return JobOutcome.done();
		}
		catch (BotGatewayException ex) {
			if (!ex.retryable()) {
				return JobOutcome.failPermanently(ex.getMessage());
			}
			return (ex.retryAt() != null) ? JobOutcome.retryAt(ex.retryAt(), ex.getMessage()) : JobOutcome.retry();
		}
	}

	/**
	 * Has the gateway delete its copy of a bot's meeting, asking again while it cannot.
	 */
	public JobOutcome forgetRecording(String botId) {
		try {
			this.gateway.deleteRecording(botId);
			return JobOutcome.done();
		}
		catch (BotGatewayException ex) {
			if (!ex.retryable()) {
				return JobOutcome.failPermanently(ex.getMessage());
			}
			return (ex.retryAt() != null) ? JobOutcome.retryAt(ex.retryAt(), ex.getMessage()) : JobOutcome.retry();
		}
	}

	/**
	 * The jobs that take a bot out of its meeting (if it may still be there) and delete
	 * the gateway's copy. They name the bot only and belong to no tenant, so erasing the
	 * meeting or the whole tenant does not erase them before they have run.
	 */
	public static List<JobRequest> cleanUp(MeetingBot bot, Instant now) {
		List<JobRequest> requests = new ArrayList<>();
		if (bot.state() != BotState.ENDED && bot.state() != BotState.FAILED) {
			requests.add(new JobRequest(new JobKey("leave:" + bot.botId()), new JobPayload.LeaveMeeting(bot.botId()),
					null, null, now));
		}
		requests.add(new JobRequest(new JobKey("forget-recording:" + bot.botId()),
				new JobPayload.ForgetRecording(bot.botId()), null, null, now.plusSeconds(30)));
		return requests;
	}

	/**
	 * The platform says a meeting with this link started, ended or has its transcript: an
	 * early start sends the agent now, an end before the agent got in (or while it could
	 * not get in) starts the analysis now rather than at the booked end, and a transcript
	 * ready lets the analysis fetch it at once instead of at its next check.
	 * @param joinUrlKey the meeting's link as
	 * {@link se.postboxen.kollegan.meeting.JoinUrls#key} gives it
	 * @param around when the meeting ran (the platform's start or end time): meetings
	 * booked within half a day of it are the candidates
	 */
	public void platformReported(TenantId tenantId, String joinUrlKey, PlatformSignal signal, Instant around) {
		Instant now = this.clock.instant();
		List<Meeting> candidates = this.meetings
			.search(new MeetingSearch(tenantId, around.minus(PLATFORM_EVENT_WINDOW), around.plus(PLATFORM_EVENT_WINDOW),
					Set.of(), null, 0, MeetingSearch.MAX_PAGE_SIZE))
			.items()
			.stream()
			.filter(meeting -> meeting.joinUrlKey().equals(joinUrlKey))
			.filter(meeting -> meeting.status() != MeetingStatus.CANCELLED)
			.toList();
		for (Meeting candidate : candidates) {
			this.transactions.inTransaction(() -> {
				this.meetings.findById(tenantId, candidate.id())
					.ifPresent(meeting -> applyPlatform(meeting, signal, now));
				return null;
			});
		}
	}

	private void applyPlatform(Meeting meeting, PlatformSignal signal, Instant now) {
		MeetingStatus status = meeting.status();
		String key = meeting.id().value() + ":platform-" + signal.name().toLowerCase(Locale.ROOT);
		switch (signal) {
			case STARTED -> {
				if (status == MeetingStatus.SCHEDULED && meeting.startsAt().isAfter(now)) {
					// Started before its booked time: the join job (idempotent per
					// attempt) runs now instead of waiting.
					boolean queued = this.jobs
						.enqueue(new JobRequest(new JobKey("join:" + key), new JobPayload.JoinMeeting(meeting.id()),
								meeting.tenantId(), JobOwner.meeting(meeting.id()), now));
					if (queued) {
						// A redelivered event queues nothing and is not audited twice.
						audit(meeting, "meeting.platform-started", Map.of());
					}
				}
			}
			case ENDED -> {
				if (status == MeetingStatus.SCHEDULED) {
					degrade(meeting, "ended-before-joined");
				}
				else if (status == MeetingStatus.JOINING || status == MeetingStatus.IN_LOBBY) {
					degrade(meeting, "ended-before-admitted");
				}
				if (meeting.status() == MeetingStatus.DEGRADED) {
					// Over now, whatever its calendar said: the platform's transcript can
					// be asked for at once.
					this.jobs.enqueue(new JobRequest(new JobKey("analysis:" + meeting.id().value() + ":ended"),
							new JobPayload.PostMeetingAnalysis(meeting.id()), meeting.tenantId(),
							JobOwner.meeting(meeting.id()), now));
				}
			}
			case TRANSCRIPT_READY -> {
				if (status != MeetingStatus.SCHEDULED && !meeting.startsAt().isAfter(now)) {
					// The analysis itself decides whether it still wants words.
					this.jobs.enqueue(new JobRequest(new JobKey("analysis:" + key),
							new JobPayload.PostMeetingAnalysis(meeting.id()), meeting.tenantId(),
							JobOwner.meeting(meeting.id()), now));
				}
			}
		}
	}

	/** A report from the gateway about the meeting's current bot; others are ignored. */
	public void reported(BotReport report) {
		Optional<MeetingBot> known = this.bots.findByBotId(report.botId());
		if (known.isEmpty()) {
			return;
		}
		MeetingBot bot = known.get();
		this.transactions.inTransaction(() -> {
			Optional<MeetingBot> current = this.bots.findByMeeting(bot.meetingId());
			Optional<Meeting> found = this.meetings.findById(bot.tenantId(), bot.meetingId());
			if (current.isEmpty() || !current.get().botId().equals(bot.botId()) || found.isEmpty()) {
				// A bot of an earlier attempt, or a meeting deleted meanwhile.
				return null;
			}
			apply(found.get(), bot, report);
			this.bots.save(new MeetingBot(bot.meetingId(), bot.tenantId(), bot.botId(), bot.attempt(), report.state(),
					report.reason(), report.at()));
			return null;
		});
	}

	private void apply(Meeting meeting, MeetingBot bot, BotReport report) {
		MeetingStatus status = meeting.status();
		switch (report.state()) {
			case JOINING -> {
				// Already JOINING since the bot was sent.
			}
			case IN_LOBBY -> {
				if (status.canMoveTo(MeetingStatus.IN_LOBBY)) {
					meeting.markInLobby();
					save(meeting, "meeting.in-lobby", report);
					askToBeAdmitted(meeting, bot);
				}
			}
			case IN_CALL -> {
				if (status == MeetingStatus.JOINING || status == MeetingStatus.IN_LOBBY) {
					meeting.markActive();
					save(meeting, "meeting.active", report);
					// Everyone in the meeting is asked before anything they say is kept.
					this.jobs
						.enqueue(new JobRequest(new JobKey("consent:" + meeting.id().value() + ":" + bot.attempt()),
								new JobPayload.ConsentRequest(meeting.id()), meeting.tenantId(),
								JobOwner.meeting(meeting.id()), this.clock.instant()));
				}
			}
			case ENDED -> {
				if (status == MeetingStatus.ACTIVE) {
					meeting.startPostProcessing();
					save(meeting, "meeting.ended", report);
					analyse(meeting, this.clock.instant());
				}
				else if (status == MeetingStatus.JOINING || status == MeetingStatus.IN_LOBBY) {
					// The meeting ended before the bot got in.
					degrade(meeting, (report.reason() != null) ? report.reason() : "ended-before-admitted");
				}
				else if (status == MeetingStatus.DEGRADED) {
					// Over earlier than its calendar said: the platform's transcript can
					// be
					// asked for now.
					this.jobs.enqueue(new JobRequest(new JobKey("analysis:" + meeting.id().value() + ":ended"),
							new JobPayload.PostMeetingAnalysis(meeting.id()), meeting.tenantId(),
							JobOwner.meeting(meeting.id()), this.clock.instant()));
				}
			}
			case FAILED -> failed(meeting, bot, report);
		}
	}

	private void failed(Meeting meeting, MeetingBot bot, BotReport report) {
		MeetingStatus status = meeting.status();
		if (status != MeetingStatus.JOINING && status != MeetingStatus.IN_LOBBY && status != MeetingStatus.ACTIVE) {
			return;
		}
		Instant now = this.clock.instant();
		boolean retry = report.retryable() && bot.attempt() < MAX_JOIN_ATTEMPTS && meeting.endsAt().isAfter(now);
		if (!retry) {
			degrade(meeting, (report.reason() != null) ? report.reason() : "join-failed");
			return;
		}
		if (status != MeetingStatus.JOINING && meeting.status().canMoveTo(MeetingStatus.JOINING)) {
			meeting.markJoining();
			save(meeting, "meeting.rejoining", report);
		}
		int next = bot.attempt() + 1;
		Instant at = now.plus(this.retryBase.multipliedBy(1L << (bot.attempt() - 1)));
		this.jobs.enqueue(new JobRequest(new JobKey("join-retry:" + meeting.id().value() + ":" + next),
				new JobPayload.JoinRetry(meeting.id(), next), meeting.tenantId(), JobOwner.meeting(meeting.id()), at));
		audit(meeting, "meeting.join-retry", Map.of("attempt", Integer.toString(next), "reason",
				(report.reason() != null) ? report.reason() : "unknown"));
	}

	/**
	 * The meeting's people are asked to let the agent in, once per join attempt: in the
	 * meeting's chat where a chat platform reaches it, and the organiser by e-mail.
	 */
	private void askToBeAdmitted(Meeting meeting, MeetingBot bot) {
		this.jobs.enqueue(new JobRequest(new JobKey("chat:lobby:" + meeting.id().value() + ":" + bot.attempt()),
				new JobPayload.ChatNotice(meeting.id(), JobPayload.ChatNotice.Kind.LOBBY), meeting.tenantId(),
				JobOwner.meeting(meeting.id()), this.clock.instant()));
		if (meeting.organizer() == null || meeting.organizer().email() == null) {
			return;
		}
		this.jobs.enqueue(new JobRequest(new JobKey("notice:lobby:" + meeting.id().value() + ":" + bot.attempt()),
				new JobPayload.OrganiserNotice(meeting.tenantId(), meeting.organizer().email(), meeting.title(),
						JobPayload.OrganiserNotice.Kind.IN_LOBBY),
				meeting.tenantId(), JobOwner.meeting(meeting.id()), this.clock.instant()));
	}

	/**
	 * The agent will not be in the meeting: the recap comes from the platform's
	 * transcript (or an upload), fetched after the meeting's end.
	 */
	private void degrade(Meeting meeting, String reason) {
		if (!meeting.status().canMoveTo(MeetingStatus.DEGRADED)) {
			return;
		}
		meeting.degradeToPostMeetingAnalysis();
		this.updates.saveAndTell(meeting);
		audit(meeting, "meeting.degraded", Map.of("reason", reason));
		Instant now = this.clock.instant();
		analyse(meeting, meeting.endsAt().isAfter(now) ? meeting.endsAt() : now);
	}

	private void analyse(Meeting meeting, Instant at) {
		this.jobs.enqueue(new JobRequest(new JobKey("analysis:" + meeting.id().value()),
				new JobPayload.PostMeetingAnalysis(meeting.id()), meeting.tenantId(), JobOwner.meeting(meeting.id()),
				at));
	}

	private void save(Meeting meeting, String action, BotReport report) {
		this.updates.saveAndTell(meeting);
		audit(meeting, action,
				(report.reason() != null) ? Map.of("reason", report.reason()) : Map.<String, String>of());
	}

	private void audit(Meeting meeting, String action, Map<String, String> details) {
		this.auditLog.record(AuditEvent.of(meeting.tenantId(), this.clock.instant(), Actor.system("attendance"), action,
				"meeting", meeting.id().toString(), details));
	}

}
