package se.postboxen.kollegan.recap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.attendance.MeetingBot;
import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingConclusion;
import se.postboxen.kollegan.meeting.MeetingConclusions;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingOutcome;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.MeetingUpdates;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.transcript.PlatformTranscripts;
import se.postboxen.kollegan.transcript.StoredTranscript;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptSource;
import se.postboxen.kollegan.transcript.TranscriptUnavailableException;
import se.postboxen.kollegan.transcript.Transcripts;

/**
 * Use cases: from a meeting that is over to its recap. The words come from the agent's
 * own recording, else the platform's transcript, else an upload the organiser is asked
 * for; consent exclusions are applied before anything is stored or given to the language
 * model; at level Bas the transcript is dropped once the recap is written. Every meeting
 * ends with an explicit {@link MeetingOutcome}.
 * <p>
 * The recap, its decisions and its actions are written in one transaction. An analysis
 * run again (a retry, a newer upload) replaces the meeting's decisions, and keeps each
 * action it finds again — matched by where it was said — so that a retry never duplicates
 * one nor loses what its owner did with it; an action the new transcript no longer has is
 * cancelled if still open, not deleted, since it may already be on a task board.
 */
public final class MeetingAnalysis {

	private final Meetings meetings;

	private final MeetingBots bots;

	private final MeetingBotGateway gateway;

	private final List<PlatformTranscripts> platforms;

	private final Transcripts transcripts;

	private final Recaps recaps;

	private final Decisions decisions;

	private final ActionItems actions;

	private final LanguageModel model;

	private final Consent consent;

	private final MeetingConclusions conclusions;

	private final JobQueue jobs;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final MeetingUpdates updates;

	private final Clock clock;

	private final List<Duration> platformChecks;

	private final List<RecapFollowUp> followUps;

	/**
	 * @param platformChecks when, after the meeting's end, to look for the platform's
	 * transcript (platforms take minutes to hours to publish one); the first is the
	 * analysis itself
	 */
	public MeetingAnalysis(Meetings meetings, MeetingBots bots, MeetingBotGateway gateway,
			List<PlatformTranscripts> platforms, Transcripts transcripts, Recaps recaps, Decisions decisions,
			ActionItems actions, LanguageModel model, Consent consent, MeetingConclusions conclusions, JobQueue jobs,
			AuditLog auditLog, Transactions transactions, MeetingUpdates updates, Clock clock,
			List<Duration> platformChecks, List<RecapFollowUp> followUps) {
		if (platformChecks.isEmpty()) {
			throw new IllegalArgumentException("at least one platform transcript check is needed");
		}
		this.meetings = meetings;
		this.bots = bots;
		this.gateway = gateway;
		this.platforms = List.copyOf(platforms);
		this.transcripts = transcripts;
		this.recaps = recaps;
		this.decisions = decisions;
		this.actions = actions;
		this.model = model;
		this.consent = consent;
		this.conclusions = conclusions;
		this.jobs = jobs;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.updates = updates;
		this.clock = clock;
		this.platformChecks = List.copyOf(platformChecks);
		this.followUps = List.copyOf(followUps);
	}

	/**
	 * The post-meeting analysis job: find the words, keep what consent allows, recap.
	 * @param lastAttempt whether the job has no retry left: a source still not ready is
	 * then passed over rather than waited for, so the meeting always gets an outcome
	 */
	public JobOutcome analyse(TenantId tenantId, MeetingId meetingId, boolean lastAttempt) {
		Optional<Meeting> found = this.meetings.findById(tenantId, meetingId);
		if (found.isEmpty() || !awaitsAnalysis(found.get())) {
			return JobOutcome.done();
		}
		Meeting meeting = found.get();
		if (this.consent.organizerDeclined(meeting)) {
			return JobOutcome.done();
		}
		Optional<StoredTranscript> stored = this.transcripts.find(tenantId, meetingId);
		if (stored.isEmpty()) {
			Optional<MeetingBot> bot = this.bots.findByMeeting(meetingId);
			Obtained obtained;
			try {
				obtained = obtain(meeting, bot, lastAttempt);
			}
			catch (BotGatewayException ex) {
				return (ex.retryAt() != null) ? JobOutcome.retryAt(ex.retryAt(), ex.getMessage()) : JobOutcome.retry();
			}
			catch (TranscriptUnavailableException ex) {
				if (!lastAttempt) {
					return JobOutcome.retry();
				}
				obtained = null;
			}
			if (obtained == null) {
				concludeWithout(meeting, bot);
				return JobOutcome.done();
			}
			stored = keep(meeting, obtained.source(), obtained.transcript());
			if (stored.isEmpty()) {
				return JobOutcome.done();
			}
		}
		if (this.consent.organizerDeclined(meeting)) {
			return JobOutcome.done();
		}
		recap(meeting, stored.get());
		return JobOutcome.done();
	}

	/**
	 * An organiser's transcript for a meeting that is over; the recap follows through the
	 * job queue.
	 * @throws TranscriptNotWantedException when the meeting cannot take one
	 */
	public void upload(TenantId tenantId, MeetingId meetingId, Transcript transcript, Actor actor) {
		Instant now = this.clock.instant();
		this.transactions.inTransaction(() -> {
			Meeting meeting = this.meetings.findById(tenantId, meetingId)
				.orElseThrow(() -> new TranscriptNotWantedException("meeting not found"));
			MeetingStatus status = meeting.status();
			if (status == MeetingStatus.CANCELLED || status == MeetingStatus.FAILED
					|| this.consent.organizerDeclined(meeting)) {
				throw new TranscriptNotWantedException("the meeting was cancelled or its organiser declined");
			}
			if (meeting.endsAt().isAfter(now) && status != MeetingStatus.DEGRADED) {
				throw new TranscriptNotWantedException("the meeting is not over yet");
			}
			Optional<Recap> recap = this.recaps.find(tenantId, meetingId);
			if (recap.isPresent() && recap.get().status() == RecapStatus.READY
					&& recap.get().source() != TranscriptSource.UPLOADED) {
				throw new TranscriptNotWantedException(
						"the meeting already has a recap from " + recap.get().source().name().toLowerCase(Locale.ROOT));
			}
			if (status == MeetingStatus.SCHEDULED || status == MeetingStatus.JOINING || status == MeetingStatus.IN_LOBBY
					|| status == MeetingStatus.ACTIVE) {
				// Over, but the agent never got it recorded: this upload is the record.
				meeting.degradeToPostMeetingAnalysis();
				this.updates.saveAndTell(meeting);
			}
			this.jobs.cancelOwnedBy(JobOwner.meeting(meetingId));
			keepInTransaction(meeting, TranscriptSource.UPLOADED, transcript);
			this.recaps.save(new Recap(tenantId, meetingId, RecapStatus.PENDING, "sv", TranscriptSource.UPLOADED, "",
					List.of(), List.of(), now));
			this.jobs
				.enqueue(new JobRequest(new JobKey("analysis:" + meetingId.value() + ":upload:" + now.toEpochMilli()),
						new JobPayload.PostMeetingAnalysis(meetingId), tenantId, JobOwner.meeting(meetingId), now));
			audit(meeting, actor, "meeting.transcript-uploaded",
					Map.of("utterances", Integer.toString(transcript.utterances().size())));
			return null;
		});
	}

	private boolean awaitsAnalysis(Meeting meeting) {
		return switch (meeting.status()) {
			case POST_PROCESSING, DEGRADED -> true;
			// Done without words: a later platform check or an upload may still bring
			// them.
			case DONE -> this.conclusions.find(meeting.tenantId(), meeting.id())
				.map(conclusion -> conclusion.outcome().awaitsTranscript())
				.orElse(false) || this.transcripts.find(meeting.tenantId(), meeting.id()).isPresent();
			default -> false;
		};
	}

	private record Obtained(TranscriptSource source, Transcript transcript) {

	}

	private @Nullable Obtained obtain(Meeting meeting, Optional<MeetingBot> bot, boolean lastAttempt) {
		boolean recorded = meeting.status() == MeetingStatus.POST_PROCESSING && bot.isPresent();
		if (recorded) {
			Optional<Transcript> live;
			try {
				live = this.gateway.transcript(bot.get().botId());
			}
			catch (BotGatewayException ex) {
				if (ex.retryable() && !lastAttempt) {
					throw ex;
				}
				// Not coming (or not in time): the platform's transcript is the next
				// best.
				live = Optional.empty();
			}
			if (live.isPresent() && !live.get().isEmpty()) {
				return new Obtained(TranscriptSource.LIVE, live.get());
			}
		}
		for (PlatformTranscripts platform : this.platforms) {
			Optional<Transcript> fetched = platform.fetch(meeting);
			if (fetched.isPresent() && !fetched.get().isEmpty()) {
				return new Obtained(TranscriptSource.PLATFORM, fetched.get());
			}
		}
		return null;
	}

	/** Empty when the organiser declined meanwhile: then nothing is kept. */
	private Optional<StoredTranscript> keep(Meeting meeting, TranscriptSource source, Transcript transcript) {
		return this.transactions.inTransaction(() -> {
			Optional<Meeting> current = this.meetings.findById(meeting.tenantId(), meeting.id());
			if (current.isEmpty() || this.consent.organizerDeclined(current.get())) {
				return Optional.<StoredTranscript>empty();
			}
			return Optional.of(keepInTransaction(current.get(), source, transcript));
		});
	}

	/** Declined speech is removed here, before the words are stored or analysed. */
	private StoredTranscript keepInTransaction(Meeting meeting, TranscriptSource source, Transcript transcript) {
		Transcript allowed = transcript.without(this.consent.declined(meeting));
		StoredTranscript stored = new StoredTranscript(meeting.tenantId(), meeting.id(), source, allowed,
				this.clock.instant());
		this.transcripts.save(stored);
		int removed = transcript.utterances().size() - allowed.utterances().size();
		audit(meeting, Actor.system("analysis"), "meeting.transcript-kept", Map.of("source", source.name(),
				"utterances", Integer.toString(allowed.utterances().size()), "excluded", Integer.toString(removed)));
		return stored;
	}

	private void recap(Meeting meeting, StoredTranscript stored) {
		// The model may be remote and slow: outside any transaction.
		RecapDraft draft = this.model.draft(meeting, stored.transcript());
		Instant now = this.clock.instant();
		this.transactions.inTransaction(() -> {
			Meeting current = this.meetings.findById(meeting.tenantId(), meeting.id()).orElse(null);
			if (current == null || this.consent.organizerDeclined(current)) {
				// Declined while the model worked: what this run kept goes too.
				this.transcripts.delete(meeting.tenantId(), meeting.id());
				return null;
			}
			this.recaps.save(new Recap(meeting.tenantId(), meeting.id(), RecapStatus.READY, draft.language(),
					stored.source(), draft.summary(), draft.topics(), draft.openQuestions(), now));
			replaceDecisions(current, draft.decisions());
			int cancelled = reconcileActions(current, draft.actions());
			if (this.consent.levelFor(current) == ConsentLevel.BAS) {
				// Bas keeps notes and the recap, never the transcript.
				this.transcripts.delete(meeting.tenantId(), meeting.id());
			}
			MeetingOutcome outcome = switch (stored.source()) {
				case LIVE -> this.bots.findByMeeting(meeting.id()).filter(bot -> bot.attempt() > 1).isPresent()
						? MeetingOutcome.PARTIAL : MeetingOutcome.RECORDED;
				case PLATFORM -> MeetingOutcome.PLATFORM_TRANSCRIPT;
				case UPLOADED -> MeetingOutcome.UPLOADED_TRANSCRIPT;
			};
			conclude(current, outcome, null);
			this.jobs.enqueue(new JobRequest(new JobKey("chat:recap:" + meeting.id().value()),
					new JobPayload.ChatNotice(meeting.id(), JobPayload.ChatNotice.Kind.RECAP), meeting.tenantId(),
					JobOwner.meeting(meeting.id()), now));
			for (RecapFollowUp followUp : this.followUps) {
				followUp.published(current, now);
			}
			audit(current, Actor.system("analysis"), "meeting.recap-ready",
					Map.of("source", stored.source().name(), "outcome", outcome.wireName(), "decisions",
							Integer.toString(draft.decisions().size()), "actions",
							Integer.toString(draft.actions().size()), "cancelledActions", Integer.toString(cancelled)));
			return null;
		});
	}

	private void replaceDecisions(Meeting meeting, List<DecisionDraft> drafts) {
		this.decisions.deleteByMeeting(meeting.tenantId(), meeting.id());
		for (DecisionDraft draft : drafts) {
			this.decisions.save(new Decision(DecisionId.newId(), meeting.tenantId(), meeting.id(), draft.text(),
					draft.speaker(), draft.source(), draft.confidence()));
		}
	}

	/**
	 * Opens the drafted actions the meeting does not have yet and cancels the open ones
	 * no longer drafted.
	 * @return how many were cancelled
	 */
	private int reconcileActions(Meeting meeting, List<ActionDraft> drafts) {
		List<ActionItem> existing = new ArrayList<>(this.actions.findByMeeting(meeting.tenantId(), meeting.id())
			.stream()
			.filter(action -> action.status() != ActionStatus.CANCELLED)
			.toList());
		for (ActionDraft draft : drafts) {
			Optional<ActionItem> same = existing.stream()
				.filter(action -> draft.source().equals(action.source()))
				.findFirst();
			if (same.isPresent()) {
				existing.remove(same.get());
			}
			else {
				this.actions.save(ActionItem.open(meeting.tenantId(), meeting.id(), draft.text(), draft.owner(),
						draft.due(), draft.source(), draft.confidence(), draft.needsConfirmation()));
			}
		}
		int cancelled = 0;
		for (ActionItem stale : existing) {
			if (stale.status() == ActionStatus.OPEN) {
				stale.cancel();
				this.actions.save(stale);
				cancelled++;
			}
		}
		return cancelled;
	}

	/**
	 * No words anywhere yet: the meeting ends as such, the organiser is asked for a
	 * transcript, and the platform is asked again at the next check.
	 */
	private void concludeWithout(Meeting meeting, Optional<MeetingBot> bot) {
		Instant now = this.clock.instant();
		String reason = bot.map(MeetingBot::reason).orElse(null);
		MeetingOutcome outcome = "waiting_room_timeout".equals(reason) ? MeetingOutcome.LOBBY_TIMEOUT
				: MeetingOutcome.NO_TRANSCRIPT;
		this.transactions.inTransaction(() -> {
			Meeting current = this.meetings.findById(meeting.tenantId(), meeting.id()).orElse(null);
			if (current == null || this.consent.organizerDeclined(current)) {
				return null;
			}
			boolean first = this.conclusions.find(meeting.tenantId(), meeting.id()).isEmpty();
			conclude(current, outcome, reason);
			if (first && current.organizer() != null && current.organizer().email() != null) {
				this.jobs.enqueue(new JobRequest(new JobKey("notice:transcript:" + meeting.id().value()),
						new JobPayload.OrganiserNotice(meeting.tenantId(), current.organizer().email(), current.title(),
								JobPayload.OrganiserNotice.Kind.TRANSCRIPT_WANTED),
						meeting.tenantId(), JobOwner.meeting(meeting.id()), now));
			}
			nextCheck(current, now).ifPresent(at -> this.jobs
				.enqueue(new JobRequest(new JobKey("analysis:" + meeting.id().value() + ":check:" + at.toEpochMilli()),
						new JobPayload.PostMeetingAnalysis(meeting.id()), meeting.tenantId(),
						JobOwner.meeting(meeting.id()), at)));
			if (first) {
				audit(current, Actor.system("analysis"), "meeting.no-transcript",
						Map.of("outcome", outcome.wireName()));
			}
			return null;
		});
	}

	private Optional<Instant> nextCheck(Meeting meeting, Instant now) {
		return this.platformChecks.stream()
			.map(offset -> meeting.endsAt().plus(offset))
			.filter(at -> at.isAfter(now))
			.findFirst();
	}

	private void conclude(Meeting meeting, MeetingOutcome outcome, @Nullable String reason) {
		MeetingStatus before = meeting.status();
		if (before == MeetingStatus.DEGRADED) {
			meeting.startPostProcessing();
		}
		if (meeting.status() == MeetingStatus.POST_PROCESSING) {
			meeting.markDone();
		}
		if (meeting.status() != before) {
			this.updates.saveAndTell(meeting);
		}
		this.conclusions
			.save(new MeetingConclusion(meeting.tenantId(), meeting.id(), outcome, reason, this.clock.instant()));
	}

	private void audit(Meeting meeting, Actor actor, String action, Map<String, String> details) {
		this.auditLog.record(AuditEvent.of(meeting.tenantId(), this.clock.instant(), actor, action, "meeting",
				meeting.id().toString(), details));
	}

}
