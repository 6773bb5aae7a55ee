package se.postboxen.kollegan.bot.action.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.action.TaskBoardSetup;
import se.postboxen.kollegan.action.TaskBoards;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.module.RequiresModule;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.bot.web.InvalidRequestException;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The tenant's task board: where its actions are pushed, a Planner plan and bucket or a
 * Trello board and list (each named by the board's own ids). Read by administrators and
 * auditors, set and removed by administrators.
 */
@RestController
@RequiresModule(Module.TASK_BOARDS)
@RequestMapping(path = "/api/admin/task-board", produces = MediaType.APPLICATION_JSON_VALUE)
class TaskBoardController {

	private static final String NOT_AN_ID = "är inget giltigt id / is not a valid id";

	private static final String NOT_FOR_THIS_BOARD = "hör inte till den tavlan / does not belong to that board";

	private final TaskBoards boards;

	private final CurrentTenant currentTenant;

	private final CurrentUser currentUser;

	TaskBoardController(TaskBoards boards, CurrentTenant currentTenant, CurrentUser currentUser) {
		this.boards = boards;
		this.currentTenant = currentTenant;
		this.currentUser = currentUser;
	}

	@GetMapping
	Board get() {
		TenantId tenantId = this.currentTenant.get().id();
		return Board.of(this.boards.setup(tenantId).orElse(null), available());
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	Board change(@Valid @RequestBody Change request) {
		TaskBoardSetup setup = request.setup(this.currentTenant.get().id(), this.boards.available(request.board()));
		return Board.of(this.boards.configure(setup, Actor.user(this.currentUser.get().subject())), available());
	}

	@DeleteMapping
	ResponseEntity<Void> remove() {
		this.boards.remove(this.currentTenant.get().id(), Actor.user(this.currentUser.get().subject()));
		return ResponseEntity.noContent().build();
	}

	private List<TaskBoardKind> available() {
		return Arrays.stream(TaskBoardKind.values()).filter(this.boards::available).toList();
	}

	/**
	 * A board to push to: {@code planId} and {@code bucketId} for Planner,
	 * {@code boardId} and {@code listId} for Trello.
	 */
	record Change(@NotNull TaskBoardKind board, @Nullable String planId, @Nullable String bucketId,
			@Nullable String boardId, @Nullable String listId) {

		/**
		 * The setup asked for, or a 400 naming each field that is missing, malformed, or
		 * meant for the other board.
		 */
		TaskBoardSetup setup(TenantId tenantId, boolean available) {
			List<Problems.FieldError> errors = new ArrayList<>();
			if (!available) {
				errors.add(new Problems.FieldError("board",
						"är inte påslagen här / is not configured on this installation"));
			}
			boolean planner = this.board == TaskBoardKind.PLANNER;
			String container = planner ? this.planId : this.boardId;
			String list = planner ? this.bucketId : this.listId;
			check(errors, planner ? "planId" : "boardId", container);
			check(errors, planner ? "bucketId" : "listId", list);
			for (String other : planner ? List.of("boardId", "listId") : List.of("planId", "bucketId")) {
				if (value(other) != null) {
					errors.add(new Problems.FieldError(other, NOT_FOR_THIS_BOARD));
				}
			}
			if (!errors.isEmpty()) {
				throw new InvalidRequestException(errors);
			}
			return new TaskBoardSetup(tenantId, this.board, container, list);
		}

		private void check(List<Problems.FieldError> errors, String field, @Nullable String id) {
			if (id == null || id.isBlank()) {
				errors.add(new Problems.FieldError(field, "måste anges / must be given"));
			}
			else if (!TaskBoardSetup.validId(this.board, id)) {
				errors.add(new Problems.FieldError(field, NOT_AN_ID));
			}
		}

		private @Nullable String value(String field) {
			return switch (field) {
				case "planId" -> this.planId;
				case "bucketId" -> this.bucketId;
				case "boardId" -> this.boardId;
				default -> this.listId;
			};
		}

	}

	/**
	 * Where the tenant's actions go ({@code board} null when nowhere), under the board's
	 * own names for its ids, and which boards this installation can reach.
	 */
	record Board(@Nullable TaskBoardKind board, @Nullable String planId, @Nullable String bucketId,
			@Nullable String boardId, @Nullable String listId, List<TaskBoardKind> available) {

		static Board of(@Nullable TaskBoardSetup setup, List<TaskBoardKind> available) {
			if (setup == null) {
				return new Board(null, null, null, null, null, available);
			}
			return (setup.kind() == TaskBoardKind.PLANNER)
					? new Board(setup.kind(), setup.boardId(), setup.listId(), null, null, available)
					: new Board(setup.kind(), null, null, setup.boardId(), setup.listId(), available);
		}

	}

}
