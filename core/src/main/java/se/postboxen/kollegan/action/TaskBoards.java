package se.postboxen.kollegan.action;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
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
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleOff;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.recap.RecapFollowUp;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use cases: the tenant's task board (which one, and where on it), pushing each action
 * there as a task, and following what happens to the task there: done on the board is
 * done here.
 * <p>
 * <b>No duplicate tasks.</b> Neither Planner nor Trello takes an idempotency key, so a
 * create whose answer is lost (a timeout after the board made the task) cannot simply be
 * sent again. Before every create the push is recorded as under way
 * ({@link TaskPushes#begin}, committed before the call). A later attempt that finds a
 * push under way first asks the board for the task that earlier create may have made
 * ({@link TaskBoard#findCreated}: Trello by a marker the card's description carries,
 * Planner by title, bucket and creation time) and links that one; only when there is none
 * does it create. Once linked, the action is never pushed again, however often the job
 * runs.
 * <p>
 * <b>Answers here, on the board too.</b> An answer to a pushed action (done, a new date,
 * someone else) queues an {@code UPDATE_TASK} job in the answer's own transaction, keyed
 * by the version of the action it changed, so that each change is sent once however often
 * the answer is repeated. The job changes the task from the action as it stands when it
 * runs, and the board is read before it is written, so a job run again sends nothing
 * twice. Only answers queue updates: following the board (done there, done here) never
 * sends anything back. An action not on a board yet needs nothing: its push reads it as
 * it is then, and an answer given while the task was being made is sent once it is
 * linked.
 * <p>
 * <b>Only with the module on.</b> All of this is the task boards module's: while a tenant
 * has it off, no action is pushed, no task changed and no board read, even where a board
 * was set up before. The setup and the links stay, and what happens once the module is on
 * again goes to the board as before; an action recapped meanwhile is not pushed late.
 */
public final class TaskBoards implements RecapFollowUp {

	/** Tasks fall due at the end of the working day, in the meeting's time zone. */
	private static final LocalTime DUE_AT = LocalTime.of(17, 0);

	private final ActionItems actions;

	private final Meetings meetings;

	private final TaskBoardSetups setups;

	private final TaskPushes pushes;

	private final Map<TaskBoardKind, TaskBoard> boards = new EnumMap<>(TaskBoardKind.class);

	private final JobQueue jobs;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	private final URI dashboard;

	private final TenantModules modules;

	/**
	 * @param boards one per kind of board this installation can reach
	 * @param dashboard the dashboard's address, for the link back from each task
	 */
	public TaskBoards(ActionItems actions, Meetings meetings, TaskBoardSetups setups, TaskPushes pushes,
			List<TaskBoard> boards, JobQueue jobs, AuditLog auditLog, Transactions transactions, Clock clock,
			URI dashboard, TenantModules modules) {
		this.actions = actions;
		this.meetings = meetings;
		this.setups = setups;
		this.pushes = pushes;
		for (TaskBoard board : boards) {
			if (this.boards.putIfAbsent(board.kind(), board) != null) {
				throw new IllegalStateException("Two task boards of kind " + board.kind());
			}
		}
		this.jobs = jobs;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
		this.dashboard = dashboard;
		this.modules = modules;
	}

	/** Whether this installation can push to boards of this kind at all. */
	public boolean available(TaskBoardKind kind) {
		TaskBoard board = this.boards.get(kind);
		return board != null && board.configured();
	}

	public Optional<TaskBoardSetup> setup(TenantId tenantId) {
		return this.setups.find(tenantId);
	}

	/**
	 * Sets where the tenant's actions go from now on; actions already pushed stay linked
	 * to their tasks.
	 * @throws IllegalArgumentException when this installation cannot reach that kind of
	 * board
	 */
	public TaskBoardSetup configure(TaskBoardSetup setup, Actor actor) {
		if (!available(setup.kind())) {
			throw new IllegalArgumentException(setup.kind() + " is not configured on this installation");
		}
		return this.transactions.inTransaction(() -> {
			this.setups.save(setup);
			this.auditLog.record(AuditEvent.of(setup.tenantId(), this.clock.instant(), actor, "task-board.configured",
					"tenant", setup.tenantId().value().toString(),
					Map.of("board", setup.kind().name(), "boardId", setup.boardId(), "listId", setup.listId())));
			return setup;
		});
	}

	/** Stops pushing the tenant's actions anywhere. */
	public boolean remove(TenantId tenantId, Actor actor) {
		return this.transactions.inTransaction(() -> {
			boolean removed = this.setups.remove(tenantId);
			if (removed) {
				this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), actor, "task-board.removed",
						"tenant", tenantId.value().toString(), Map.of()));
			}
			return removed;
		});
	}

	/** A recap's actions go to the board as soon as the recap is published. */
	@Override
	public void published(Meeting meeting, Instant at) {
		enqueuePushes(meeting.tenantId(), meeting.id());
	}

	/**
	 * Queues a push for each of the meeting's open actions not on a board yet, when the
	 * tenant has a board and the module on; in the caller's transaction, so that the
	 * actions and their pushes are stored together. Calling it again queues nothing
	 * twice.
	 * @return how many pushes were queued
	 */
	public int enqueuePushes(TenantId tenantId, MeetingId meetingId) {
		if (this.setups.find(tenantId).isEmpty()) {
			return 0;
		}
		if (!on(tenantId)) {
			ModuleOff.skipped(Module.TASK_BOARDS, tenantId, "Pushing the actions of meeting " + meetingId);
			return 0;
		}
		Instant now = this.clock.instant();
		int queued = 0;
		for (ActionItem action : this.actions.findByMeeting(tenantId, meetingId)) {
			if (action.status() == ActionStatus.OPEN && action.externalTask() == null
					&& this.jobs.enqueue(new JobRequest(new JobKey("push:" + action.id().value()),
							new JobPayload.PushAction(action.id()), tenantId, JobOwner.meeting(meetingId), now))) {
				queued++;
			}
		}
		return queued;
	}

	/** How the pushes of a meeting's actions went, for showing with the actions. */
	public Map<ActionItemId, TaskPush> pushes(TenantId tenantId, MeetingId meetingId) {
		return this.pushes.findByMeeting(tenantId, meetingId);
	}

	/**
	 * The push job: the action's task is created on the tenant's board (or found, when an
	 * earlier attempt made it) and linked to the action, with the action's text, date and
	 * owner as they are when the job runs. A board that cannot be asked now is asked
	 * again by the job's policy; one that refuses, or still fails on the last attempt,
	 * leaves the push {@link TaskPush.State#FAILED} for a person to see, and the job in
	 * the dead-letter queue.
	 */
	public JobOutcome push(TenantId tenantId, ActionItemId actionId, boolean lastAttempt) {
		if (!on(tenantId)) {
			return ModuleOff.done(Module.TASK_BOARDS, tenantId, "The push of action " + actionId);
		}
		ActionItem action = this.actions.findById(tenantId, actionId).orElse(null);
		TaskBoardSetup setup = this.setups.find(tenantId).orElse(null);
		if (action == null || action.externalTask() != null || setup == null) {
			return JobOutcome.done();
		}
		Meeting meeting = this.meetings.findById(tenantId, action.meetingId()).orElse(null);
		if (meeting == null) {
			return JobOutcome.done();
		}
		TaskBoard board = this.boards.get(setup.kind());
		if (action.status() != ActionStatus.OPEN) {
			return pushClosed(action, meeting, setup, board, lastAttempt);
		}
		if (board == null || !board.configured()) {
			return failed(action, setup.kind(), setup.kind() + " is not configured on this installation");
		}
		BoardTask task = task(action, meeting);
		Optional<TaskPush> earlier = this.pushes.begin(tenantId, actionId, setup.kind(), this.clock.instant());
		ExternalTaskRef created;
		try {
			created = (earlier.isPresent()) ? madeEarlier(board, setup, task, earlier.get().since()) : null;
			if (created == null) {
				created = board.create(setup, task);
			}
		}
		catch (TaskBoardException ex) {
			if (ex.retryable() && !lastAttempt) {
				this.pushes.retrying(tenantId, actionId, ex.getMessage());
				return retry(ex);
			}
			return failed(action, setup.kind(), ex.getMessage());
		}
		link(task, meeting, created);
		return JobOutcome.done();
	}

	/**
	 * An action closed before its push went through is not put on the board. But when a
	 * create was sent whose answer never came, the task it may have made is looked for
	 * and linked, so that the task is completed like any pushed action's instead of being
	 * left open there.
	 */
	private JobOutcome pushClosed(ActionItem action, Meeting meeting, TaskBoardSetup setup, @Nullable TaskBoard board,
			boolean lastAttempt) {
		TaskPush push = this.pushes.findByMeeting(action.tenantId(), action.meetingId()).get(action.id());
		if (push == null || push.state() != TaskPush.State.PUSHING || push.board() != setup.kind() || board == null
				|| !board.configured()) {
			return JobOutcome.done();
		}
		BoardTask task = task(action, meeting);
		ExternalTaskRef created;
		try {
			created = madeEarlier(board, setup, task, push.since());
		}
		catch (TaskBoardException ex) {
			return (ex.retryable() && !lastAttempt) ? retry(ex) : JobOutcome.failPermanently(ex.getMessage());
		}
		if (created != null) {
			link(task, meeting, created);
		}
		return JobOutcome.done();
	}

	/**
	 * The task an earlier, unanswered create made, unless another action has it already
	 * (two actions of the same text pushed at the same time).
	 */
	private @Nullable ExternalTaskRef madeEarlier(TaskBoard board, TaskBoardSetup setup, BoardTask task,
			Instant since) {
		for (ExternalTaskRef candidate : board.findCreated(setup, task, since)) {
			if (this.pushes.linkedTo(candidate.board(), candidate.taskId())
				.filter(link -> !link.actionId().equals(task.actionId()))
				.isEmpty()) {
				return candidate;
			}
		}
		return null;
	}

	/**
	 * Links the task made for {@code sent} to its action, and queues what was answered
	 * while it was being made.
	 */
	private void link(BoardTask sent, Meeting meeting, ExternalTaskRef task) {
		this.transactions.inTransaction(() -> {
			this.actions.findById(sent.tenantId(), sent.actionId())
				.filter(action -> action.externalTask() == null)
				.ifPresent(action -> {
					action.linkExternalTask(task);
					this.actions.save(action);
					audit(action, Actor.system("task-boards"), "action.pushed",
							Map.of("board", task.board().name(), "taskId", task.taskId()));
					answeredMeanwhile(action, sent, meeting.timeZone());
				});
			this.pushes.pushed(sent.tenantId(), sent.actionId());
			return null;
		});
	}

	/**
	 * Answers given after the push read the action, which its task does not show: sent
	 * like any answer's change, now that there is a task to change.
	 */
	private void answeredMeanwhile(ActionItem action, BoardTask sent, ZoneId zone) {
		if (action.status() == ActionStatus.DONE) {
			this.jobs.enqueue(updateRequest(action, ActionAnswer.Kind.DONE, null));
		}
		Instant due = dueAt(action, zone);
		if (due != null && !due.equals(sent.due())) {
			this.jobs.enqueue(updateRequest(action, ActionAnswer.Kind.NEW_DATE, null));
		}
		EmailAddress owner = ownerOf(action);
		if (owner != null && !owner.equals(sent.owner())) {
			this.jobs.enqueue(updateRequest(action, ActionAnswer.Kind.REASSIGN, sent.owner()));
		}
	}

	/**
	 * An answer changed an action: when the action is on a board, queues the change of
	 * its task, in the answer's transaction, so that the change is queued exactly when
	 * the answer is stored. An action not on a board yet needs nothing: its push, still
	 * to come, reads the action as it is then.
	 * @param action the answered action, with the version it was read at (the job's key,
	 * so that one change queues one job)
	 * @param formerOwner for a new owner, the one the task was assigned to
	 * @return whether a job was queued
	 */
	public boolean answered(ActionItem action, ActionAnswer.Kind change, @Nullable EmailAddress formerOwner) {
		if (action.externalTask() == null) {
			return false;
		}
		if (!on(action.tenantId())) {
			ModuleOff.skipped(Module.TASK_BOARDS, action.tenantId(), "Updating the task of action " + action.id());
			return false;
		}
		return this.jobs.enqueue(updateRequest(action, change, formerOwner));
	}

	private JobRequest updateRequest(ActionItem action, ActionAnswer.Kind change, @Nullable EmailAddress formerOwner) {
		return new JobRequest(
				new JobKey("task-update:" + action.id().value() + ":" + action.version() + ":" + change.wireName()),
				new JobPayload.UpdateTask(action.id(), change, formerOwner), action.tenantId(),
				JobOwner.action(action.id()), this.clock.instant());
	}

	/**
	 * The update job: the action's task is changed on its board from the action as it
	 * stands now, so that an earlier answer's job run late does not undo a later one's. A
	 * task the board no longer has, or a new owner it cannot assign, is recorded and left
	 * as it is (asking again would not help). A board that cannot be asked now is asked
	 * again by the job's policy; one that refuses, or still fails on the last attempt,
	 * leaves the job in the dead-letter queue.
	 * @param formerOwner for a new owner, the one the task was assigned to
	 */
	public JobOutcome updateTask(TenantId tenantId, ActionItemId actionId, ActionAnswer.Kind change,
			@Nullable EmailAddress formerOwner, boolean lastAttempt) {
		if (!on(tenantId)) {
			return ModuleOff.done(Module.TASK_BOARDS, tenantId, "The task update of action " + actionId);
		}
		ActionItem action = this.actions.findById(tenantId, actionId).orElse(null);
		ExternalTaskRef task = (action != null) ? action.externalTask() : null;
		TaskChange wanted = (task != null) ? wanted(action, change, formerOwner) : null;
		if (task == null || wanted == null) {
			return JobOutcome.done();
		}
		TaskBoard board = this.boards.get(task.board());
		if (board == null || !board.configured()) {
			return updateFailed(action, task, change, task.board() + " is not configured on this installation");
		}
		TaskChange.Result result;
		try {
			result = board.change(tenantId, task, wanted);
		}
		catch (TaskBoardException ex) {
			if (ex.retryable() && !lastAttempt) {
				return retry(ex);
			}
			return updateFailed(action, task, change, ex.getMessage());
		}
		boolean followed = result == TaskChange.Result.CHANGED || result == TaskChange.Result.ALREADY_SO;
		Map<String, String> details = new LinkedHashMap<>(updateDetails(task, change));
		if (followed) {
			details.put("sent", Boolean.toString(result == TaskChange.Result.CHANGED));
		}
		else {
			details.put("reason", (result == TaskChange.Result.TASK_GONE) ? "task-gone" : "assignee-unknown");
		}
		this.transactions.inTransaction(() -> {
			audit(action, Actor.system("task-boards"),
					followed ? "action.board-updated" : "action.board-update-skipped", details);
			return null;
		});
		return JobOutcome.done();
	}

	/**
	 * What the board is to show of an answer, from the action as it stands: nothing when
	 * the action no longer shows the answer either.
	 */
	private @Nullable TaskChange wanted(ActionItem action, ActionAnswer.Kind change,
			@Nullable EmailAddress formerOwner) {
		EmailAddress owner = ownerOf(action);
		return switch (change) {
			case DONE -> (action.status() == ActionStatus.DONE) ? new TaskChange.Complete() : null;
			case NEW_DATE -> this.meetings.findById(action.tenantId(), action.meetingId())
				.map(meeting -> dueAt(action, meeting.timeZone()))
				.map(TaskChange.Redate::new)
				.orElse(null);
			case REASSIGN ->
				(owner != null && !owner.equals(formerOwner)) ? new TaskChange.Reassign(formerOwner, owner) : null;
		};
	}

	private JobOutcome updateFailed(ActionItem action, ExternalTaskRef task, ActionAnswer.Kind change, String reason) {
		this.transactions.inTransaction(() -> {
			audit(action, Actor.system("task-boards"), "action.board-update-failed", updateDetails(task, change));
			return null;
		});
		return JobOutcome.failPermanently(reason);
	}

	private static Map<String, String> updateDetails(ExternalTaskRef task, ActionAnswer.Kind change) {
		return Map.of("board", task.board().name(), "taskId", task.taskId(), "change", change.wireName());
	}

	private JobOutcome failed(ActionItem action, TaskBoardKind kind, String reason) {
		this.transactions.inTransaction(() -> {
			this.pushes.failed(action.tenantId(), action.id(), kind, reason, this.clock.instant());
			audit(action, Actor.system("task-boards"), "action.push-failed", Map.of("board", kind.name()));
			return null;
		});
		return JobOutcome.failPermanently(reason);
	}

	/**
	 * Status sync before a nudge: reads the action's task on its board and follows it
	 * (done there, done here). A board that cannot be asked just now does not hold the
	 * nudge back, nor does one the module being off leaves unasked: what is known here
	 * counts.
	 * @return the action's status afterwards, {@code null} when there is no such action
	 */
	public @Nullable ActionStatus syncFromBoard(TenantId tenantId, ActionItemId actionId) {
		if (on(tenantId)) {
			try {
				return follow(tenantId, actionId);
			}
			catch (TaskBoardException ex) {
				// Not now: what is known here counts.
			}
		}
		return this.actions.findById(tenantId, actionId).map(ActionItem::status).orElse(null);
	}

	/**
	 * A board said one of its tasks changed (a webhook): when the task is linked to an
	 * action, a job is queued to read its state and follow it. The board's word is not
	 * taken for the state, so a forged or replayed event can cause a read and nothing
	 * more.
	 * @param eventId the board's id of the change, so that a redelivery queues nothing
	 * twice
	 * @return whether a job was queued
	 */
	public boolean taskChanged(TaskBoardKind board, String taskId, String eventId) {
		return this.pushes.linkedTo(board, taskId)
			.map(link -> this.jobs.enqueue(
					new JobRequest(new JobKey("task-state:" + board.name().toLowerCase(Locale.ROOT) + ":" + eventId),
							new JobPayload.SyncTaskState(link.actionId()), link.tenantId(),
							JobOwner.action(link.actionId()), this.clock.instant())))
			.orElse(false);
	}

	/**
	 * The job a board's change queued: retried by its policy while the board cannot be
	 * asked.
	 */
	public JobOutcome syncTaskState(TenantId tenantId, ActionItemId actionId, boolean lastAttempt) {
		if (!on(tenantId)) {
			return ModuleOff.done(Module.TASK_BOARDS, tenantId, "Following the task of action " + actionId);
		}
		try {
			follow(tenantId, actionId);
			return JobOutcome.done();
		}
		catch (TaskBoardException ex) {
			return (ex.retryable() && !lastAttempt) ? retry(ex) : JobOutcome.failPermanently(ex.getMessage());
		}
	}

	private boolean on(TenantId tenantId) {
		return this.modules.isEnabled(tenantId, Module.TASK_BOARDS);
	}

	/** Again when the board said, else as the job's policy says; the reason is kept. */
	private static JobOutcome retry(TaskBoardException ex) {
		return new JobOutcome.Retry(ex.retryAt(), ex.getMessage());
	}

	/** Reads the task's state and follows it; the action's status afterwards. */
	private @Nullable ActionStatus follow(TenantId tenantId, ActionItemId actionId) {
		ActionItem action = this.actions.findById(tenantId, actionId).orElse(null);
		if (action == null) {
			return null;
		}
		ExternalTaskRef task = action.externalTask();
		TaskBoard board = (task != null) ? this.boards.get(task.board()) : null;
		if (action.status() != ActionStatus.OPEN || task == null || board == null || !board.configured()) {
			return action.status();
		}
		TaskState state = board.state(tenantId, task);
		if (state == TaskState.OPEN) {
			return ActionStatus.OPEN;
		}
		return this.transactions.inTransaction(() -> {
			ActionItem current = this.actions.findById(tenantId, actionId).orElse(null);
			if (current == null || current.status() != ActionStatus.OPEN) {
				return (current != null) ? current.status() : null;
			}
			if (state == TaskState.DONE) {
				current.markDone();
			}
			else {
				current.cancel();
			}
			this.actions.save(current);
			audit(current, Actor.integration(task.board().name().toLowerCase(Locale.ROOT)),
					(state == TaskState.DONE) ? "action.done-on-board" : "action.closed-on-board",
					Map.of("board", task.board().name(), "taskId", task.taskId()));
			return current.status();
		});
	}

	/**
	 * What the board is asked to hold: the action's text as the title, and a description
	 * naming the meeting with a link back to the action on the meeting's page, whose
	 * fragment is the marker a lost create is found by.
	 */
	private BoardTask task(ActionItem action, Meeting meeting) {
		ZoneId zone = meeting.timeZone();
		String marker = "action-" + action.id().value();
		URI link = URI.create(ActionFollowUps.meetingPage(this.dashboard, meeting.id()) + "#" + marker);
		String date = DateTimeFormatter.ISO_LOCAL_DATE.format(meeting.startsAt().atZone(zone));
		String description = action.text() + "\n\nFrån mötet \"" + meeting.title() + "\" " + date
				+ " / From the meeting \"" + meeting.title() + "\" on " + date + ".\n" + link;
		return new BoardTask(action.tenantId(), action.id(), action.text(), description, link, marker,
				dueAt(action, zone), ownerOf(action));
	}

	private static @Nullable Instant dueAt(ActionItem action, ZoneId zone) {
		return (action.due() != null) ? action.due().atTime(DUE_AT).atZone(zone).toInstant() : null;
	}

	private static @Nullable EmailAddress ownerOf(ActionItem action) {
		return (action.owner() != null) ? action.owner().email() : null;
	}

	private void audit(ActionItem action, Actor actor, String what, Map<String, String> details) {
		this.auditLog.record(AuditEvent.of(action.tenantId(), this.clock.instant(), actor, what, "action",
				action.id().value().toString(), details));
	}

}
