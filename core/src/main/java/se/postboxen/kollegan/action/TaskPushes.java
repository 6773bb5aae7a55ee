package se.postboxen.kollegan.action;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The bookkeeping of pushes to task boards, and the links they made. Each write stands on
 * its own (commits at once outside a transaction), since it records what was sent to a
 * board, which no rollback can take back.
 */
public interface TaskPushes {

	/**
	 * Records that a create is about to be sent: {@link TaskPush.State#PUSHING}, keeping
	 * the first attempt's {@code since}.
	 * @return the push as it stood before, if one was begun earlier
	 */
	Optional<TaskPush> begin(TenantId tenantId, ActionItemId actionId, TaskBoardKind board, Instant at);

	/** The attempt failed and another will follow: still under way, with the error. */
	void retrying(TenantId tenantId, ActionItemId actionId, String error);

	void pushed(TenantId tenantId, ActionItemId actionId);

	/** No attempt will follow: {@link TaskPush.State#FAILED}, begun or not. */
	void failed(TenantId tenantId, ActionItemId actionId, TaskBoardKind board, String error, Instant at);

	/** The pushes of a meeting's actions, for showing with them. */
	Map<ActionItemId, TaskPush> findByMeeting(TenantId tenantId, MeetingId meetingId);

	/** The action a task is linked to, in whichever tenant (a board's ids are global). */
	Optional<Link> linkedTo(TaskBoardKind board, String taskId);

	/** An action linked to a task. */
	record Link(TenantId tenantId, ActionItemId actionId) {

	}

}
