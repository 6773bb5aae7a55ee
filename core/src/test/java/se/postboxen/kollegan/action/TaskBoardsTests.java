package se.postboxen.kollegan.action;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.QueuedJobs;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.module.InMemoryTenantModules;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleOffLog;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Pushing actions to a board and following their tasks, against a board that does what it
 * is told to do (including making a task and losing the answer): once pushed means once,
 * failures are retried then visible, done on the board is done here, and an answer here
 * is sent to the board once, from the action as it stands.
 */
class TaskBoardsTests {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private int openTransactions;

	private final TenantId tenantId = TenantId.newId();

	private final Meeting meeting = Meeting.schedule(this.tenantId, "Styrgruppsmöte", null,
			URI.create("https://teams.microsoft.com/l/meetup-join/x"),
			LocalDate.of(2026, 12, 1).atTime(9, 0).atZone(STOCKHOLM),
			LocalDate.of(2026, 12, 1).atTime(10, 0).atZone(STOCKHOLM),
			Person.of("Sara Nilsson", "sara.nilsson@kommun-a.example"), List.of(), ExternalIds.NONE, 0, null);

	private final InMemoryActions actions = new InMemoryActions();

	private final InMemorySetups setups = new InMemorySetups();

	private final InMemoryPushes pushes = new InMemoryPushes(this.actions);

	private final FakeBoard board = new FakeBoard();

	private final QueuedJobs jobs = new QueuedJobs(() -> this.openTransactions > 0);

	private final List<AuditEvent> audit = new ArrayList<>();

	private final InMemoryTenantModules modules = new InMemoryTenantModules().on(this.tenantId, Module.TASK_BOARDS);

	private final TaskBoards boards = new TaskBoards(this.actions, meetings(this.meeting), this.setups, this.pushes,
			List.of(this.board), this.jobs, auditLog(this.audit), transactions(), Clock.fixed(NOW, ZoneOffset.UTC),
			URI.create("https://kollegan.kommun-a.example/"), this.modules);

	private final TaskBoardSetup trello = new TaskBoardSetup(this.tenantId, TaskBoardKind.TRELLO,
			"54a17d76d4a5072e3931736b", "54a17e9db559f0356ce022e4");

	private final ActionFollowUps followUps = new ActionFollowUps(this.actions, meetings(this.meeting), tenants(),
			List.of(), unused(NudgeMail.class), this.boards, this.jobs, NudgePolicy.DEFAULT, auditLog(this.audit),
			transactions(), Clock.fixed(NOW, ZoneOffset.UTC), URI.create("https://kollegan.kommun-a.example/"));

	private final Person anna = Person.of("Anna Berg", "anna.berg@kommun-a.example");

	private final EmailAddress erik = EmailAddress.of("erik.lund@kommun-a.example");

	@Test
	void pushesTheActionOnceAndLinksItsTask() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", LocalDate.of(2026, 12, 4));

		assertThat(this.boards.push(this.tenantId, action.id(), false)).isEqualTo(JobOutcome.done());
		assertThat(this.boards.push(this.tenantId, action.id(), false)).isEqualTo(JobOutcome.done());

		assertThat(this.board.created).hasSize(1);
		assertThat(stored(action).externalTask()).isEqualTo(this.board.created.get(0));
		assertThat(this.pushes.find(this.tenantId, action.id())).hasValueSatisfying(push -> {
			assertThat(push.state()).isEqualTo(TaskPush.State.PUSHED);
			assertThat(push.since()).isEqualTo(NOW);
		});
		assertThat(this.audit).extracting(AuditEvent::action).containsExactly("action.pushed");
	}

	@Test
	void asksTheBoardForWhatTheActionIs() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", LocalDate.of(2026, 12, 4));

		this.boards.push(this.tenantId, action.id(), false);

		BoardTask task = this.board.asked.get(0);
		String link = "https://kollegan.kommun-a.example/meetings/" + this.meeting.id().value() + "#action-"
				+ action.id().value();
		assertThat(task.title()).isEqualTo("Skicka protokollet till kunden");
		assertThat(task.link()).hasToString(link);
		assertThat(task.description()).isEqualTo("Skicka protokollet till kunden\n\nFrån mötet \"Styrgruppsmöte\" "
				+ "2026-12-01 / From the meeting \"Styrgruppsmöte\" on 2026-12-01.\n" + link);
		// 17:00 in Stockholm, where the meeting was.
		assertThat(task.due()).isEqualTo(Instant.parse("2026-12-04T16:00:00Z"));
		assertThat(task.owner()).hasToString("anna.berg@kommun-a.example");
	}

	@Test
	void aRetryAfterALostAnswerLinksTheTaskTheLostCreateMade() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", null);
		this.board.loseNextAnswer = true;

		JobOutcome first = this.boards.push(this.tenantId, action.id(), false);
		JobOutcome second = this.boards.push(this.tenantId, action.id(), false);

		assertThat(first).isInstanceOf(JobOutcome.Retry.class);
		assertThat(second).isEqualTo(JobOutcome.done());
		assertThat(this.board.created).hasSize(1);
		assertThat(stored(action).externalTask()).isEqualTo(this.board.created.get(0));
		assertThat(this.board.searchedSince).containsExactly(NOW);
	}

	@Test
	void aTaskLinkedToAnotherActionIsNotTaken() {
		this.setups.save(this.trello);
		ActionItem other = action("Skicka protokollet till kunden", null);
		this.boards.push(this.tenantId, other.id(), false);
		ActionItem action = action("Skicka protokollet till kunden", null);
		this.board.loseNextAnswer = true;
		this.board.findsEverything = true;
		this.boards.push(this.tenantId, action.id(), false);

		this.boards.push(this.tenantId, action.id(), false);

		assertThat(stored(action).externalTask()).isEqualTo(this.board.created.get(1));
		assertThat(stored(other).externalTask()).isEqualTo(this.board.created.get(0));
		assertThat(this.board.created).hasSize(2);
	}

	@Test
	void aBoardThatCannotAnswerNowIsAskedAgainWhenItSays() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", null);
		this.board.failure = new TaskBoardException("Trello answered 429", true, NOW.plusSeconds(10), null);

		JobOutcome outcome = this.boards.push(this.tenantId, action.id(), false);

		assertThat(outcome).isEqualTo(JobOutcome.retryAt(NOW.plusSeconds(10), "Trello answered 429"));
		assertThat(this.pushes.find(this.tenantId, action.id())).hasValueSatisfying(push -> {
			assertThat(push.state()).isEqualTo(TaskPush.State.PUSHING);
			assertThat(push.error()).isEqualTo("Trello answered 429");
		});
		assertThat(stored(action).externalTask()).isNull();
	}

	@Test
	void aFailureOnTheLastAttemptIsLeftForAPersonToSee() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", null);
		this.board.failure = new TaskBoardException("Trello answered 503", true, null, null);

		JobOutcome outcome = this.boards.push(this.tenantId, action.id(), true);

		assertThat(outcome).isEqualTo(JobOutcome.failPermanently("Trello answered 503"));
		assertThat(this.boards.pushes(this.tenantId, this.meeting.id())).hasEntrySatisfying(action.id(),
				push -> assertThat(push.state()).isEqualTo(TaskPush.State.FAILED));
		assertThat(this.audit).extracting(AuditEvent::action).containsExactly("action.push-failed");
	}

	@Test
	void aRefusalIsNotAskedAgain() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", null);
		this.board.failure = new TaskBoardException("Trello answered 401", false, null, null);

		assertThat(this.boards.push(this.tenantId, action.id(), false))
			.isEqualTo(JobOutcome.failPermanently("Trello answered 401"));
		assertThat(this.pushes.find(this.tenantId, action.id()))
			.hasValueSatisfying(push -> assertThat(push.state()).isEqualTo(TaskPush.State.FAILED));
	}

	@Test
	void aBoardThisInstallationCannotReachFailsThePush() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", null);
		this.board.configured = false;

		assertThat(this.boards.push(this.tenantId, action.id(), false)).isInstanceOf(JobOutcome.FailPermanently.class);
		assertThat(this.board.created).isEmpty();
	}

	@Test
	void queuesAPushForEachOpenActionNotOnTheBoardYet() {
		this.setups.save(this.trello);
		ActionItem open = action("Skicka protokollet till kunden", null);
		ActionItem done = action("Boka lokal", null);
		done.markDone();
		this.actions.save(done);
		ActionItem pushed = action("Ring kunden", null);
		this.boards.push(this.tenantId, pushed.id(), false);

		assertThat(this.boards.enqueuePushes(this.tenantId, this.meeting.id())).isEqualTo(1);
		assertThat(this.boards.enqueuePushes(this.tenantId, this.meeting.id())).isZero();

		assertThat(this.jobs.queued).singleElement().satisfies(request -> {
			assertThat(request.key()).isEqualTo(new JobKey("push:" + open.id().value()));
			assertThat(request.payload()).isEqualTo(new JobPayload.PushAction(open.id()));
			assertThat(request.tenantId()).isEqualTo(this.tenantId);
			assertThat(request.owner()).isEqualTo(JobOwner.meeting(this.meeting.id()));
		});
	}

	@Test
	void queuesNothingForATenantWithoutABoard() {
		action("Skicka protokollet till kunden", null);

		assertThat(this.boards.enqueuePushes(this.tenantId, this.meeting.id())).isZero();
		assertThat(this.jobs.queued).isEmpty();
	}

	@Test
	void doneOnTheBoardIsDoneHere() {
		ActionItem action = pushedAction();
		this.board.state = TaskState.DONE;

		assertThat(this.boards.syncFromBoard(this.tenantId, action.id())).isEqualTo(ActionStatus.DONE);

		assertThat(stored(action).status()).isEqualTo(ActionStatus.DONE);
		assertThat(this.audit).extracting(AuditEvent::action).endsWith("action.done-on-board");
	}

	@Test
	void archivedOnTheBoardIsCancelledHere() {
		ActionItem action = pushedAction();
		this.board.state = TaskState.CLOSED;

		assertThat(this.boards.syncFromBoard(this.tenantId, action.id())).isEqualTo(ActionStatus.CANCELLED);
		assertThat(this.audit).extracting(AuditEvent::action).endsWith("action.closed-on-board");
	}

	@Test
	void openOnTheBoardChangesNothing() {
		ActionItem action = pushedAction();
		int audited = this.audit.size();

		assertThat(this.boards.syncFromBoard(this.tenantId, action.id())).isEqualTo(ActionStatus.OPEN);
		assertThat(this.audit).hasSize(audited);
	}

	@Test
	void aBoardThatCannotBeAskedDoesNotHoldANudgeBack() {
		ActionItem action = pushedAction();
		this.board.failure = new TaskBoardException("Trello could not be reached", true, null, null);

		assertThat(this.boards.syncFromBoard(this.tenantId, action.id())).isEqualTo(ActionStatus.OPEN);
	}

	@Test
	void aChangeToALinkedTaskQueuesItsSync() {
		ActionItem action = pushedAction();
		String card = stored(action).externalTask().taskId();

		assertThat(this.boards.taskChanged(TaskBoardKind.TRELLO, card, "592f11060f95a3d3d46a987a")).isTrue();
		assertThat(
				this.boards.taskChanged(TaskBoardKind.TRELLO, "54a1844d304d9736e54dffff", "592f11060f95a3d3d46a987b"))
			.isFalse();

		assertThat(this.jobs.queued).singleElement().satisfies(request -> {
			assertThat(request.key()).isEqualTo(new JobKey("task-state:trello:592f11060f95a3d3d46a987a"));
			assertThat(request.payload()).isEqualTo(new JobPayload.SyncTaskState(action.id()));
			assertThat(request.tenantId()).isEqualTo(this.tenantId);
		});
	}

	@Test
	void theSyncJobIsRetriedWhileTheBoardCannotAnswer() {
		ActionItem action = pushedAction();
		this.board.failure = new TaskBoardException("Trello answered 503", true, null, null);

		assertThat(this.boards.syncTaskState(this.tenantId, action.id(), false))
			.isEqualTo(new JobOutcome.Retry(null, "Trello answered 503"));
		assertThat(this.boards.syncTaskState(this.tenantId, action.id(), true))
			.isInstanceOf(JobOutcome.FailPermanently.class);
		assertThat(stored(action).status()).isEqualTo(ActionStatus.OPEN);
	}

	@Test
	void doneHereQueuesOneUpdateOfTheTaskInTheAnswersTransaction() {
		ActionItem action = pushedAction();
		long answeredAt = stored(action).version();

		assertThat(answer(ActionAnswer.done(action.id()))).isEqualTo(ActionFollowUps.Result.DONE);
		assertThat(answer(ActionAnswer.done(action.id()))).isEqualTo(ActionFollowUps.Result.ALREADY_CLOSED);

		assertThat(updates()).singleElement().satisfies(request -> {
			assertThat(request.key())
				.isEqualTo(new JobKey("task-update:" + action.id().value() + ":" + answeredAt + ":done"));
			assertThat(request.payload())
				.isEqualTo(new JobPayload.UpdateTask(action.id(), ActionAnswer.Kind.DONE, null));
			assertThat(request.tenantId()).isEqualTo(this.tenantId);
			assertThat(request.owner()).isEqualTo(JobOwner.action(action.id()));
		});
		assertThat(this.jobs.enqueuedInTransaction).doesNotContain(false);
	}

	@Test
	void eachChangeOfDateOrOwnerQueuesItsOwnUpdate() {
		ActionItem action = pushedAction();

		answer(ActionAnswer.newDate(action.id(), LocalDate.of(2026, 12, 10)));
		answer(ActionAnswer.newDate(action.id(), LocalDate.of(2026, 12, 11)));
		answer(ActionAnswer.reassign(action.id(), this.erik));

		assertThat(updates()).extracting(JobRequest::payload)
			.containsExactly(new JobPayload.UpdateTask(action.id(), ActionAnswer.Kind.NEW_DATE, null),
					new JobPayload.UpdateTask(action.id(), ActionAnswer.Kind.NEW_DATE, null),
					new JobPayload.UpdateTask(action.id(), ActionAnswer.Kind.REASSIGN, this.anna.email()));
	}

	@Test
	void anAnswerThatChangesNothingQueuesNothing() {
		ActionItem action = pushedAction();
		answer(ActionAnswer.newDate(action.id(), LocalDate.of(2026, 12, 10)));

		answer(ActionAnswer.newDate(action.id(), LocalDate.of(2026, 12, 10)));
		answer(ActionAnswer.reassign(action.id(), this.anna.email()));

		assertThat(updates()).hasSize(1);
	}

	@Test
	void anActionNotOnTheBoardYetIsPushedAsItIsWhenThePushRuns() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", LocalDate.of(2026, 12, 4));

		answer(ActionAnswer.newDate(action.id(), LocalDate.of(2026, 12, 10)));
		answer(ActionAnswer.reassign(action.id(), this.erik));
		this.boards.push(this.tenantId, action.id(), false);

		assertThat(updates()).isEmpty();
		assertThat(this.board.asked).singleElement().satisfies(task -> {
			assertThat(task.due()).isEqualTo(Instant.parse("2026-12-10T16:00:00Z"));
			assertThat(task.owner()).isEqualTo(this.erik);
		});
	}

	@Test
	void anActionDoneBeforeItsPushIsNotPutOnTheBoard() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", null);

		answer(ActionAnswer.done(action.id()));

		assertThat(this.boards.push(this.tenantId, action.id(), false)).isEqualTo(JobOutcome.done());
		assertThat(this.board.created).isEmpty();
		assertThat(updates()).isEmpty();
	}

	@Test
	void whatWasAnsweredWhileTheTaskWasBeingMadeIsSentOnceItIsLinked() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", LocalDate.of(2026, 12, 4));
		this.board.whileCreating = () -> {
			answer(ActionAnswer.reassign(action.id(), this.erik));
			answer(ActionAnswer.newDate(action.id(), LocalDate.of(2026, 12, 10)));
			answer(ActionAnswer.done(action.id()));
		};

		this.boards.push(this.tenantId, action.id(), false);

		assertThat(stored(action).externalTask()).isEqualTo(this.board.created.get(0));
		assertThat(updates()).extracting(JobRequest::payload)
			.containsExactlyInAnyOrder(new JobPayload.UpdateTask(action.id(), ActionAnswer.Kind.DONE, null),
					new JobPayload.UpdateTask(action.id(), ActionAnswer.Kind.NEW_DATE, null),
					new JobPayload.UpdateTask(action.id(), ActionAnswer.Kind.REASSIGN, this.anna.email()));
	}

	@Test
	void aTaskALostCreateMadeForAnActionDoneSinceIsFoundAndCompleted() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", null);
		this.board.loseNextAnswer = true;
		this.boards.push(this.tenantId, action.id(), false);
		answer(ActionAnswer.done(action.id()));

		assertThat(this.boards.push(this.tenantId, action.id(), false)).isEqualTo(JobOutcome.done());

		assertThat(this.board.created).hasSize(1);
		assertThat(stored(action).externalTask()).isEqualTo(this.board.created.get(0));
		assertThat(updates()).extracting(JobRequest::payload)
			.containsExactly(new JobPayload.UpdateTask(action.id(), ActionAnswer.Kind.DONE, null));
	}

	@Test
	void doneOnTheBoardSendsNothingBack() {
		ActionItem action = pushedAction();
		this.board.state = TaskState.DONE;

		this.boards.syncFromBoard(this.tenantId, action.id());
		this.boards.syncTaskState(this.tenantId, action.id(), false);

		assertThat(stored(action).status()).isEqualTo(ActionStatus.DONE);
		assertThat(updates()).isEmpty();
	}

	@Test
	void theUpdateCompletesTheTaskAndIsAudited() {
		ActionItem action = pushedAction();
		answer(ActionAnswer.done(action.id()));

		assertThat(runUpdate(updates().get(0), false)).isEqualTo(JobOutcome.done());

		assertThat(this.board.changes).containsExactly(new TaskChange.Complete());
		assertThat(this.audit).last().satisfies(event -> {
			assertThat(event.action()).isEqualTo("action.board-updated");
			assertThat(event.details()).containsEntry("board", "TRELLO")
				.containsEntry("taskId", stored(action).externalTask().taskId())
				.containsEntry("change", "done")
				.containsEntry("sent", "true");
		});
	}

	@Test
	void theUpdateSendsTheDateAndOwnerAsTheyAreWhenItRuns() {
		ActionItem action = pushedAction();
		answer(ActionAnswer.newDate(action.id(), LocalDate.of(2026, 12, 10)));
		answer(ActionAnswer.reassign(action.id(), this.erik));
		answer(ActionAnswer.newDate(action.id(), LocalDate.of(2026, 12, 11)));

		// The first date's job runs last, and still sends the date the action has now.
		runUpdate(updates().get(2), false);
		runUpdate(updates().get(1), false);
		runUpdate(updates().get(0), false);

		// 17:00 in Stockholm, where the meeting was.
		assertThat(this.board.changes).containsExactly(new TaskChange.Redate(Instant.parse("2026-12-11T16:00:00Z")),
				new TaskChange.Reassign(this.anna.email(), this.erik),
				new TaskChange.Redate(Instant.parse("2026-12-11T16:00:00Z")));
	}

	@Test
	void aTaskGoneFromTheBoardOrAnOwnerItCannotAssignIsRecordedAndLeft() {
		ActionItem action = pushedAction();
		answer(ActionAnswer.reassign(action.id(), this.erik));
		answer(ActionAnswer.done(action.id()));
		this.board.changeResult = TaskChange.Result.ASSIGNEE_UNKNOWN;
		assertThat(runUpdate(updates().get(0), false)).isEqualTo(JobOutcome.done());
		this.board.changeResult = TaskChange.Result.TASK_GONE;
		assertThat(runUpdate(updates().get(1), false)).isEqualTo(JobOutcome.done());

		assertThat(this.audit).filteredOn(event -> event.action().equals("action.board-update-skipped"))
			.extracting(event -> event.details().get("change") + ":" + event.details().get("reason"))
			.containsExactly("reassign:assignee-unknown", "done:task-gone");
	}

	@Test
	void aBoardThatCannotAnswerNowIsAskedAgainThenTheJobIsLeftDead() {
		ActionItem action = pushedAction();
		answer(ActionAnswer.done(action.id()));
		this.board.failure = new TaskBoardException("Trello answered 429", true, NOW.plusSeconds(10), null);

		assertThat(runUpdate(updates().get(0), false))
			.isEqualTo(JobOutcome.retryAt(NOW.plusSeconds(10), "Trello answered 429"));
		assertThat(runUpdate(updates().get(0), true)).isEqualTo(JobOutcome.failPermanently("Trello answered 429"));
		this.board.failure = new TaskBoardException("Trello answered 401", false, null, null);
		assertThat(runUpdate(updates().get(0), false)).isEqualTo(JobOutcome.failPermanently("Trello answered 401"));

		assertThat(this.audit).extracting(AuditEvent::action)
			.containsSequence("action.board-update-failed", "action.board-update-failed");
	}

	@Test
	void anUpdateForAnActionNoLongerOnABoardDoesNothing() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", null);

		assertThat(this.boards.updateTask(this.tenantId, action.id(), ActionAnswer.Kind.DONE, null, false))
			.isEqualTo(JobOutcome.done());
		assertThat(this.board.changes).isEmpty();
	}

	@Test
	void withTaskBoardsOffNothingIsPushedToABoardSetUpBeforeAndThePushJobIsDone() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", null);
		this.modules.off(this.tenantId, Module.TASK_BOARDS);

		try (ModuleOffLog log = new ModuleOffLog()) {
			assertThat(this.boards.enqueuePushes(this.tenantId, this.meeting.id())).isZero();
			assertThat(this.boards.push(this.tenantId, action.id(), false)).isEqualTo(JobOutcome.done());

			assertThat(log.lines()).hasSize(2)
				.last()
				.asString()
				.contains("push of action " + action.id(), "the module task-boards is off");
		}
		assertThat(this.jobs.queued).isEmpty();
		assertThat(this.board.asked).isEmpty();
		assertThat(this.pushes.find(this.tenantId, action.id())).isEmpty();
		assertThat(this.setups.find(this.tenantId)).contains(this.trello);

		this.modules.on(this.tenantId, Module.TASK_BOARDS);
		assertThat(this.boards.push(this.tenantId, action.id(), false)).isEqualTo(JobOutcome.done());
		assertThat(this.board.created).hasSize(1);
	}

	@Test
	void withTaskBoardsOffTheBoardIsNeitherReadNorChangedAndItsJobsAreDone() {
		ActionItem action = pushedAction();
		this.board.state = TaskState.DONE;
		this.modules.off(this.tenantId, Module.TASK_BOARDS);

		assertThat(this.boards.syncFromBoard(this.tenantId, action.id())).isEqualTo(ActionStatus.OPEN);
		assertThat(this.boards.syncTaskState(this.tenantId, action.id(), false)).isEqualTo(JobOutcome.done());
		assertThat(answer(ActionAnswer.done(action.id()))).isEqualTo(ActionFollowUps.Result.DONE);
		assertThat(this.boards.updateTask(this.tenantId, action.id(), ActionAnswer.Kind.DONE, null, false))
			.isEqualTo(JobOutcome.done());

		assertThat(this.audit).extracting(AuditEvent::action)
			.doesNotContain("action.done-on-board", "action.board-updated");
		assertThat(updates()).isEmpty();
		assertThat(this.board.changes).isEmpty();
		// The link stays: once the module is on again, the task is followed as before.
		assertThat(stored(action).externalTask()).isEqualTo(this.board.created.get(0));
		this.modules.on(this.tenantId, Module.TASK_BOARDS);
		assertThat(this.boards.updateTask(this.tenantId, action.id(), ActionAnswer.Kind.DONE, null, false))
			.isEqualTo(JobOutcome.done());
		assertThat(this.board.changes).containsExactly(new TaskChange.Complete());
	}

	@Test
	void onlyAReachableKindOfBoardCanBeChosen() {
		this.board.configured = false;

		assertThatIllegalArgumentException().isThrownBy(() -> this.boards.configure(this.trello, Actor.user("admin")));
		assertThat(this.setups.find(this.tenantId)).isEmpty();
	}

	@Test
	void choosingABoardIsAudited() {
		this.boards.configure(this.trello, Actor.user("admin"));

		assertThat(this.boards.setup(this.tenantId)).contains(this.trello);
		assertThat(this.audit).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("task-board.configured");
			assertThat(event.details()).containsEntry("board", "TRELLO").containsEntry("listId", this.trello.listId());
		});
	}

	/**
	 * Answered by the meeting's organiser, who may answer for whoever owns the action.
	 */
	private ActionFollowUps.Result answer(ActionAnswer answer) {
		return this.followUps.answer(this.tenantId, answer, this.meeting.organizer(), Actor.user("sara.nilsson"));
	}

	private List<JobRequest> updates() {
		return this.jobs.queued.stream().filter(request -> request.payload() instanceof JobPayload.UpdateTask).toList();
	}

	private JobOutcome runUpdate(JobRequest request, boolean lastAttempt) {
		JobPayload.UpdateTask update = (JobPayload.UpdateTask) request.payload();
		return this.boards.updateTask(this.tenantId, update.actionItemId(), update.change(), update.formerOwner(),
				lastAttempt);
	}

	private ActionItem pushedAction() {
		this.setups.save(this.trello);
		ActionItem action = action("Skicka protokollet till kunden", null);
		this.boards.push(this.tenantId, action.id(), false);
		return action;
	}

	private ActionItem action(String text, @Nullable LocalDate due) {
		return this.actions.save(ActionItem.open(this.tenantId, this.meeting.id(), text,
				Person.of("Anna Berg", "anna.berg@kommun-a.example"), due, null, new Confidence(0.9), false));
	}

	private ActionItem stored(ActionItem action) {
		return this.actions.findById(this.tenantId, action.id()).orElseThrow();
	}

	/** A board that keeps its tasks in memory and can lose the answer to a create. */
	private static final class FakeBoard implements TaskBoard {

		final List<ExternalTaskRef> created = new ArrayList<>();

		final List<BoardTask> asked = new ArrayList<>();

		final Map<String, String> markers = new HashMap<>();

		final List<Instant> searchedSince = new ArrayList<>();

		boolean configured = true;

		boolean loseNextAnswer;

		/** Finds every task, as Planner's title match would for two equal titles. */
		boolean findsEverything;

		@Nullable TaskBoardException failure;

		TaskState state = TaskState.OPEN;

		/** An answer given while a create is on its way. */
		@Nullable Runnable whileCreating;

		final List<TaskChange> changes = new ArrayList<>();

		TaskChange.Result changeResult = TaskChange.Result.CHANGED;

		@Override
		public TaskBoardKind kind() {
			return TaskBoardKind.TRELLO;
		}

		@Override
		public boolean configured() {
			return this.configured;
		}

		@Override
		public ExternalTaskRef create(TaskBoardSetup setup, BoardTask task) {
			this.asked.add(task);
			if (this.failure != null) {
				throw this.failure;
			}
			if (this.whileCreating != null) {
				this.whileCreating.run();
			}
			String id = "54a1844d304d9736e54d" + String.format("%04d", this.created.size());
			ExternalTaskRef ref = new ExternalTaskRef(TaskBoardKind.TRELLO, id,
					URI.create("https://trello.com/c/" + id));
			this.created.add(ref);
			this.markers.put(id, task.marker());
			if (this.loseNextAnswer) {
				this.loseNextAnswer = false;
				throw new TaskBoardException("Trello could not be reached", true, null, null);
			}
			return ref;
		}

		@Override
		public List<ExternalTaskRef> findCreated(TaskBoardSetup setup, BoardTask task, Instant since) {
			this.searchedSince.add(since);
			return this.created.stream()
				.filter(ref -> this.findsEverything || task.marker().equals(this.markers.get(ref.taskId())))
				.toList();
		}

		@Override
		public TaskState state(TenantId tenantId, ExternalTaskRef task) {
			if (this.failure != null) {
				throw this.failure;
			}
			return this.state;
		}

		@Override
		public TaskChange.Result change(TenantId tenantId, ExternalTaskRef task, TaskChange change) {
			if (this.failure != null) {
				throw this.failure;
			}
			this.changes.add(change);
			return this.changeResult;
		}

	}

	/**
	 * Actions as the database keeps them: each read a copy, each save the next version.
	 */
	private static final class InMemoryActions implements ActionItems {

		final Map<ActionItemId, ActionItem> items = new LinkedHashMap<>();

		@Override
		public ActionItem save(ActionItem item) {
			ActionItem saved = copy(item, item.version() + 1);
			this.items.put(item.id(), saved);
			return copy(saved, saved.version());
		}

		@Override
		public Optional<ActionItem> findById(TenantId tenantId, ActionItemId id) {
			return Optional.ofNullable(this.items.get(id))
				.filter(item -> item.tenantId().equals(tenantId))
				.map(item -> copy(item, item.version()));
		}

		@Override
		public List<ActionItem> findByMeeting(TenantId tenantId, MeetingId meetingId) {
			return this.items.values()
				.stream()
				.filter(item -> item.tenantId().equals(tenantId) && item.meetingId().equals(meetingId))
				.map(item -> copy(item, item.version()))
				.toList();
		}

		private static ActionItem copy(ActionItem item, long version) {
			return ActionItem.restore(item.id(), item.tenantId(), item.meetingId(), item.text(), item.owner(),
					item.due(), item.status(), item.externalTask(), item.source(), item.confidence(),
					item.needsConfirmation(), version);
		}

	}

	private static final class InMemorySetups implements TaskBoardSetups {

		final Map<TenantId, TaskBoardSetup> setups = new HashMap<>();

		@Override
		public Optional<TaskBoardSetup> find(TenantId tenantId) {
			return Optional.ofNullable(this.setups.get(tenantId));
		}

		@Override
		public void save(TaskBoardSetup setup) {
			this.setups.put(setup.tenantId(), setup);
		}

		@Override
		public boolean remove(TenantId tenantId) {
			return this.setups.remove(tenantId) != null;
		}

	}

	private static final class InMemoryPushes implements TaskPushes {

		final Map<ActionItemId, TaskPush> pushes = new LinkedHashMap<>();

		final InMemoryActions actions;

		InMemoryPushes(InMemoryActions actions) {
			this.actions = actions;
		}

		@Override
		public Optional<TaskPush> begin(TenantId tenantId, ActionItemId actionId, TaskBoardKind board, Instant at) {
			TaskPush before = this.pushes.get(actionId);
			this.pushes.put(actionId, new TaskPush(tenantId, actionId, board, TaskPush.State.PUSHING,
					(before != null) ? before.since() : at, null));
			return Optional.ofNullable(before);
		}

		@Override
		public void retrying(TenantId tenantId, ActionItemId actionId, String error) {
			TaskPush push = this.pushes.get(actionId);
			this.pushes.put(actionId,
					new TaskPush(tenantId, actionId, push.board(), TaskPush.State.PUSHING, push.since(), error));
		}

		@Override
		public void pushed(TenantId tenantId, ActionItemId actionId) {
			TaskPush push = this.pushes.get(actionId);
			this.pushes.put(actionId,
					new TaskPush(tenantId, actionId, push.board(), TaskPush.State.PUSHED, push.since(), null));
		}

		@Override
		public void failed(TenantId tenantId, ActionItemId actionId, TaskBoardKind board, String error, Instant at) {
			TaskPush push = this.pushes.get(actionId);
			this.pushes.put(actionId, new TaskPush(tenantId, actionId, board, TaskPush.State.FAILED,
					(push != null) ? push.since() : at, error));
		}

		Optional<TaskPush> find(TenantId tenantId, ActionItemId actionId) {
			return Optional.ofNullable(this.pushes.get(actionId));
		}

		@Override
		public Map<ActionItemId, TaskPush> findByMeeting(TenantId tenantId, MeetingId meetingId) {
			Map<ActionItemId, TaskPush> found = new LinkedHashMap<>();
			this.actions.findByMeeting(tenantId, meetingId).forEach(action -> {
				if (this.pushes.containsKey(action.id())) {
					found.put(action.id(), this.pushes.get(action.id()));
				}
			});
			return found;
		}

		@Override
		public Optional<Link> linkedTo(TaskBoardKind board, String taskId) {
			return this.actions.items.values()
				.stream()
				.filter(action -> action.externalTask() != null && action.externalTask().board() == board
						&& action.externalTask().taskId().equals(taskId))
				.map(action -> new Link(action.tenantId(), action.id()))
				.findFirst();
		}

	}

	/** The one meeting, by id; nothing else is asked of the meetings here. */
	private static Meetings meetings(Meeting meeting) {
		return (Meetings) Proxy.newProxyInstance(Meetings.class.getClassLoader(), new Class<?>[] { Meetings.class },
				(proxy, method, args) -> {
					if (!method.getName().equals("findById")) {
						throw new UnsupportedOperationException(method.getName());
					}
					return Optional.of(meeting).filter(found -> found.id().equals(args[1]));
				});
	}

	/** Stockholm's time, as for a tenant without one of its own. */
	private static Tenants tenants() {
		return (Tenants) Proxy.newProxyInstance(Tenants.class.getClassLoader(), new Class<?>[] { Tenants.class },
				(proxy, method, args) -> Optional.empty());
	}

	@SuppressWarnings("unchecked")
	private static <T> T unused(Class<T> port) {
		return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] { port }, (proxy, method, args) -> {
			throw new UnsupportedOperationException(method.getName());
		});
	}

	private static AuditLog auditLog(List<AuditEvent> events) {
		return new AuditLog() {

			@Override
			public void record(AuditEvent event) {
				events.add(event);
			}

			@Override
			public List<AuditEvent> recent(TenantId tenantId, int limit) {
				return List.copyOf(events);
			}

		};
	}

	/** Runs the work at once, counting the transactions open around it. */
	private Transactions transactions() {
		return new Transactions() {

			@Override
			public <T> T inTransaction(Supplier<T> work) {
				TaskBoardsTests.this.openTransactions++;
				try {
					return work.get();
				}
				finally {
					TaskBoardsTests.this.openTransactions--;
				}
			}

			@Override
			public void afterCommit(Runnable action) {
				action.run();
			}

		};
	}

}
