package se.postboxen.kollegan.action;

import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The task board a tenant's actions are pushed to, and where on it new tasks go: a
 * Microsoft Planner plan and bucket, or a Trello board and list. One per tenant, chosen
 * by its administrator.
 *
 * @param boardId the Planner plan's id, or the Trello board's
 * @param listId the Planner bucket's id, or the Trello list's
 */
public record TaskBoardSetup(TenantId tenantId, TaskBoardKind kind, String boardId, String listId) {

	/** Planner's ids are opaque base64url-like strings (28 characters in practice). */
	private static final Pattern PLANNER_ID = Pattern.compile("^[A-Za-z0-9_-]{1,100}$");

	/** Trello's ids are 24 hex digits (MongoDB object ids). */
	private static final Pattern TRELLO_ID = Pattern.compile("^[0-9a-fA-F]{24}$");

	public TaskBoardSetup {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(kind, "kind");
		if (!validId(kind, boardId) || !validId(kind, listId)) {
			throw new IllegalArgumentException("not a " + kind + " id");
		}
	}

	/**
	 * Whether {@code id} can be an id on a board of this kind. The one rule for ids: the
	 * API checks each field with it to name the one that is wrong.
	 */
	public static boolean validId(TaskBoardKind kind, @Nullable String id) {
		if (id == null) {
			return false;
		}
		return ((kind == TaskBoardKind.TRELLO) ? TRELLO_ID : PLANNER_ID).matcher(id).matches();
	}

}
