package se.postboxen.kollegan.action;

import java.time.Instant;
import java.util.List;

import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A kind of task board (Microsoft Planner, Trello) that actions can be pushed to and
 * whose tasks' state can be read back. Implementations talk to one vendor; everything
 * about retries, idempotency and what a state means here is {@link TaskBoards}' concern.
 * <p>
 * Every method throws {@link TaskBoardException} when the board cannot be asked or
 * refuses.
 */
public interface TaskBoard {

	TaskBoardKind kind();

	/** Whether this installation has the credentials to reach boards of this kind. */
	boolean configured();

	/**
	 * Creates the task where the setup says; assigns its owner when the board knows them.
	 */
	ExternalTaskRef create(TaskBoardSetup setup, BoardTask task);

	/**
	 * Tasks on the board that an earlier create for this task may have made although its
	 * answer never arrived (a timeout, a dropped connection), oldest first: what the
	 * board can tell apart, it tells apart; the caller rules out tasks already linked to
	 * other actions.
	 * @param since when the first create for this task was sent
	 */
	List<ExternalTaskRef> findCreated(TaskBoardSetup setup, BoardTask task, Instant since);

	/**
	 * Where the task stands now; a task the board no longer has is
	 * {@link TaskState#CLOSED}.
	 */
	TaskState state(TenantId tenantId, ExternalTaskRef task);

	/**
	 * Changes the task as an answer here changed its action: reads the task first and
	 * sends the change only when the task does not show it yet, so that a job run again
	 * after a crash sends nothing twice.
	 */
	TaskChange.Result change(TenantId tenantId, ExternalTaskRef task, TaskChange change);

}
