package se.postboxen.kollegan.action;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.RecapFollowUp;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Use cases: following an action up after the meeting — nudges to its owner on the
 * tenant's {@link NudgePolicy}, the organiser told when nobody answers, and the owner's
 * (or the organiser's) answer: done, a new date, someone else.
 */
public final class ActionFollowUps implements RecapFollowUp {

	private final ActionItems actions;

	private final Meetings meetings;

	private final Tenants tenants;

	private final List<ChatPlatform> platforms;

	private final NudgeMail mail;

	private final TaskBoards taskBoards;

	private final JobQueue jobs;

	private final NudgePolicy policy;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	private final URI dashboard;

	/**
	 * @param platforms in order of preference: the first that reaches the owner nudges;
	 * where none does, the nudge is mailed
	 * @param dashboard the dashboard's address, for links to a meeting's page
	 */
	public ActionFollowUps(ActionItems actions, Meetings meetings, Tenants tenants, List<ChatPlatform> platforms,
			NudgeMail mail, TaskBoards taskBoards, JobQueue jobs, NudgePolicy policy, AuditLog auditLog,
			Transactions transactions, Clock clock, URI dashboard) {
		this.taskBoards = taskBoards;
		this.actions = actions;
		this.meetings = meetings;
		this.tenants = tenants;
		this.platforms = List.copyOf(platforms);
		this.mail = mail;
		this.jobs = jobs;
		this.policy = policy;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
		this.dashboard = Objects.requireNonNull(dashboard, "dashboard");
	}

	/** The page of a meeting in the dashboard. */
	public static URI meetingPage(URI dashboard, MeetingId meetingId) {
		String base = dashboard.toString().replaceAll("/+$", "");
		return URI.create(base + "/meetings/" + meetingId.value());
	}

	@Override
	public void published(Meeting meeting, Instant at) {
		scheduleNudges(meeting.tenantId(), meeting.id(), at);
	}

	/**
	 * Schedules the first nudge of each open action of a meeting. Called in the
	 * transaction that publishes the recap, so the nudges exist exactly when the recap
	 * does; each is keyed by action and number, so publishing again schedules nothing
	 * twice.
	 */
	public void scheduleNudges(TenantId tenantId, MeetingId meetingId, Instant publishedAt) {
		for (ActionItem action : this.actions.findByMeeting(tenantId, meetingId)) {
			if (action.status() == ActionStatus.OPEN) {
				this.jobs.enqueue(nudgeRequest(action, 1, publishedAt.plus(this.policy.firstAfter())));
			}
		}
	}

	/**
	 * The nudge job: an open action's owner is reminded through the first chat platform
	 * that reaches them, else by mail; the next nudge is scheduled first, so a retry
	 * after a failed post neither loses nor repeats it. Past the last nudge (or with no
	 * owner) the organiser is told instead. Done, cancelled or deleted actions are left
	 * alone.
	 */
	public JobOutcome nudge(TenantId tenantId, ActionItemId actionId, int nudge) {
		// Done on the task board is done: no nudge about it.
		if (this.taskBoards.syncFromBoard(tenantId, actionId) != ActionStatus.OPEN) {
			return JobOutcome.done();
		}
		Optional<ActionItem> found = this.actions.findById(tenantId, actionId);
		if (found.isEmpty() || found.get().status() != ActionStatus.OPEN) {
			return JobOutcome.done();
		}
		ActionItem action = found.get();
		Optional<Meeting> meeting = this.meetings.findById(tenantId, action.meetingId());
		if (meeting.isEmpty()) {
			return JobOutcome.done();
		}
		EmailAddress owner = (action.owner() != null) ? action.owner().email() : null;
		if (owner == null || nudge > this.policy.maxNudges()) {
			escalate(action, meeting.get(), (owner == null) ? 0 : nudge - 1);
			return JobOutcome.done();
		}
		Instant now = this.clock.instant();
		if (nudge < this.policy.maxNudges() || this.policy.escalate()) {
			this.jobs.enqueue(nudgeRequest(action, nudge + 1, nextNudgeAt(action, now)));
		}
		ActionNudge message = new ActionNudge(tenantId, actionId, action.meetingId(), meeting.get().title(),
				action.text(), owner, action.owner().name(), action.due(), nudge,
				meetingPage(this.dashboard, action.meetingId()));
		Optional<ChatPlatform> platform = this.platforms.stream()
			.filter(chat -> chat.reaches(tenantId, owner))
			.findFirst();
		if (platform.isPresent()) {
			platform.get().postNudge(message);
		}
		else {
			this.mail.nudge(message);
		}
		audit(action, Actor.system("nudges"), "action.nudged",
				Map.of("nudge", Integer.toString(nudge), "channel", platform.isPresent() ? "chat" : "mail"));
		return JobOutcome.done();
	}

	/**
	 * On the due date when that is still ahead (the owner hears of it on the day), else
	 * one interval on.
	 */
	private Instant nextNudgeAt(ActionItem action, Instant now) {
		if (this.policy.atDueDate() && action.due() != null) {
			Instant dueAt = action.due().atTime(this.policy.timeOfDay()).atZone(zone(action.tenantId())).toInstant();
			if (dueAt.isAfter(now.plus(Duration.ofHours(1)))) {
				return dueAt;
			}
		}
		return now.plus(this.policy.repeatEvery());
	}

	private static JobRequest nudgeRequest(ActionItem action, int nudge, Instant at) {
		return new JobRequest(new JobKey("nudge:" + action.id().value() + ":" + nudge),
				new JobPayload.NudgeAction(action.id(), nudge), action.tenantId(), JobOwner.action(action.id()), at);
	}

	private void escalate(ActionItem action, Meeting meeting, int nudgesSent) {
		Person organizer = meeting.organizer();
		if (organizer == null || organizer.email() == null) {
			audit(action, Actor.system("nudges"), "action.unanswered", Map.of("nudges", Integer.toString(nudgesSent)));
			return;
		}
		String owner = null;
		if (action.owner() != null) {
			owner = (action.owner().name() != null) ? action.owner().name()
					: (action.owner().email() != null) ? action.owner().email().value() : null;
		}
		this.mail.escalate(new ActionEscalation(action.tenantId(), action.id(), action.meetingId(), meeting.title(),
				action.text(), organizer.email(), owner, action.due(), nudgesSent,
				meetingPage(this.dashboard, action.meetingId())));
		audit(action, Actor.system("nudges"), "action.escalated", Map.of("nudges", Integer.toString(nudgesSent)));
	}

	/**
	 * Applies an answer given by {@code by}, who must be the action's owner, the
	 * meeting's organiser or the one who booked Kollegan for it. When the answer changes
	 * an action that is on a task board, the change of its task is queued with it (see
	 * {@link TaskBoards#answered}); an answer that changes nothing (the date or owner it
	 * already has) queues nothing.
	 */
	public Result answer(TenantId tenantId, ActionAnswer answer, Person by, Actor actor) {
		return this.transactions.inTransaction(() -> {
			Optional<ActionItem> found = this.actions.findById(tenantId, answer.actionId());
			if (found.isEmpty()) {
				return Result.NOT_FOUND;
			}
			ActionItem action = found.get();
			Meeting meeting = this.meetings.findById(tenantId, action.meetingId()).orElse(null);
			if (meeting == null || !mayAnswer(action, meeting, by.email())) {
				return Result.NOT_ALLOWED;
			}
			if (action.status() != ActionStatus.OPEN) {
				return Result.ALREADY_CLOSED;
			}
			LocalDate formerDue = action.due();
			EmailAddress formerOwner = (action.owner() != null) ? action.owner().email() : null;
			Result result;
			switch (answer.kind()) {
				case DONE -> {
					action.markDone();
					result = Result.DONE;
				}
				case NEW_DATE -> {
					if (answer.newDue().isBefore(today(tenantId))) {
						return Result.DATE_IN_PAST;
					}
					action.redate(answer.newDue());
					result = Result.REDATED;
				}
				default -> {
					action.reassign(new Person(null, answer.newOwner()));
					result = Result.REASSIGNED;
				}
			}
			this.actions.save(action);
			audit(action, actor, "action." + answer.kind().wireName(), details(answer));
			if (changes(answer, formerDue, formerOwner)) {
				this.taskBoards.answered(action, answer.kind(),
						(answer.kind() == ActionAnswer.Kind.REASSIGN) ? formerOwner : null);
			}
			return result;
		});
	}

	private static boolean changes(ActionAnswer answer, @Nullable LocalDate formerDue,
			@Nullable EmailAddress formerOwner) {
		return switch (answer.kind()) {
			case DONE -> true;
			case NEW_DATE -> !answer.newDue().equals(formerDue);
			case REASSIGN -> !answer.newOwner().equals(formerOwner);
		};
	}

	/**
	 * Who may answer an action: its owner, the meeting's organiser, or whoever booked
	 * Kollegan to it. Pages ask it too, to offer the answers only to them.
	 */
	public static boolean mayAnswer(ActionItem action, Meeting meeting, @Nullable EmailAddress who) {
		if (who == null) {
			return false;
		}
		boolean owner = action.owner() != null && who.equals(action.owner().email());
		boolean organizer = meeting.organizer() != null && who.equals(meeting.organizer().email());
		return owner || organizer || who.equals(meeting.scheduledBy());
	}

	private LocalDate today(TenantId tenantId) {
		return LocalDate.now(this.clock.withZone(zone(tenantId)));
	}

	private ZoneId zone(TenantId tenantId) {
		return this.tenants.findById(tenantId).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Stockholm"));
	}

	/** No addresses in the audit trail's details: the entry names the action. */
	private static Map<String, String> details(ActionAnswer answer) {
		return (answer.newDue() != null) ? Map.of("due", answer.newDue().toString()) : Map.of();
	}

	private void audit(ActionItem action, Actor actor, String what, Map<String, String> details) {
		this.auditLog.record(AuditEvent.of(action.tenantId(), this.clock.instant(), actor, what, "action",
				action.id().value().toString(), details));
	}

	/** What came of an answer; every one is told to the person who gave it. */
	public enum Result {

		DONE, REDATED, REASSIGNED, NOT_FOUND, NOT_ALLOWED, ALREADY_CLOSED, DATE_IN_PAST

	}

}
