package se.postboxen.kollegan.adapter.persistence.action;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.action.TaskBoardSetup;
import se.postboxen.kollegan.action.TaskBoardSetups;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcTaskBoardSetups implements TaskBoardSetups {

	private final JdbcClient jdbc;

	JdbcTaskBoardSetups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<TaskBoardSetup> find(TenantId tenantId) {
		return this.jdbc.sql("SELECT board, board_id, list_id FROM task_board_setup WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId.value())
			.query((rs, row) -> new TaskBoardSetup(tenantId, TaskBoardKind.valueOf(rs.getString("board")),
					rs.getString("board_id"), rs.getString("list_id")))
			.optional();
	}

	@Override
	public void save(TaskBoardSetup setup) {
		this.jdbc.sql("""
				INSERT INTO task_board_setup (tenant_id, board, board_id, list_id)
				VALUES (:tenantId, :board, :boardId, :listId)
				ON CONFLICT (tenant_id) DO UPDATE SET board = excluded.board, board_id = excluded.board_id,
				    list_id = excluded.list_id, updated_at = now()
				""")
			.param("tenantId", setup.tenantId().value())
			.param("board", setup.kind().name())
			.param("boardId", setup.boardId())
			.param("listId", setup.listId())
			.update();
	}

	@Override
	public boolean remove(TenantId tenantId) {
		return this.jdbc.sql("DELETE FROM task_board_setup WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId.value())
			.update() > 0;
	}

}
