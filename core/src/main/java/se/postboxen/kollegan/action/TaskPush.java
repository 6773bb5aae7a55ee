package se.postboxen.kollegan.action;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * How pushing an action to its board went.
 *
 * @param since when the first create was sent: a task found on the board from before then
 * is not this push's
 * @param error why the last attempt failed, without any personal data
 */
public record TaskPush(TenantId tenantId, ActionItemId actionId, TaskBoardKind board, State state, Instant since,
		@Nullable String error) {

	public TaskPush {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(actionId, "actionId");
		Objects.requireNonNull(board, "board");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(since, "since");
	}

	public enum State {

		/** A create was sent and its outcome is not known yet. */
		PUSHING,

		/** The task exists and the action is linked to it. */
		PUSHED,

		/** Every attempt failed, or the board refused: a person has to look. */
		FAILED

	}

}
