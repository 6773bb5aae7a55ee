package se.postboxen.kollegan.action;

import java.net.URI;
import java.util.Objects;

import se.postboxen.kollegan.shared.Text;

/** The task an action was pushed to on the tenant's task board. */
public record ExternalTaskRef(TaskBoardKind board, String taskId, URI url) {

	public enum TaskBoardKind {

		PLANNER, TRELLO

	}

	public ExternalTaskRef {
		Objects.requireNonNull(board, "board");
		taskId = Text.required(taskId, "taskId", 200);
		Objects.requireNonNull(url, "url");
	}

}
