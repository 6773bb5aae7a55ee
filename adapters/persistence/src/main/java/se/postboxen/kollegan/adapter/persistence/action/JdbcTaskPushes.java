package se.postboxen.kollegan.adapter.persistence.action;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.action.TaskPush;
import se.postboxen.kollegan.action.TaskPushes;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcTaskPushes implements TaskPushes {

	/**
	 * The column's bound; the messages are short, this only keeps a long one storable.
	 */
	private static final int MAX_ERROR = 500;

	private final JdbcClient jdbc;

	JdbcTaskPushes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<TaskPush> begin(TenantId tenantId, ActionItemId actionId, TaskBoardKind board, Instant at) {
		Optional<TaskPush> before = find(tenantId, actionId);
		this.jdbc.sql("""
				INSERT INTO task_push (action_id, tenant_id, board, state, started_at)
				VALUES (:actionId, :tenantId, :board, 'PUSHING', :at)
				ON CONFLICT (action_id) DO UPDATE SET board = excluded.board, state = 'PUSHING', error = NULL,
				    updated_at = now()
				WHERE task_push.tenant_id = excluded.tenant_id
				""")
			.param("actionId", actionId.value())
			.param("tenantId", tenantId.value())
			.param("board", board.name())
			.param("at", Timestamp.from(at))
			.update();
		return before;
	}

	@Override
	public void retrying(TenantId tenantId, ActionItemId actionId, String error) {
		this.jdbc.sql("""
				UPDATE task_push SET error = :error, updated_at = now()
				WHERE action_id = :actionId AND tenant_id = :tenantId
				""")
			.param("error", bounded(error))
			.param("actionId", actionId.value())
			.param("tenantId", tenantId.value())
			.update();
	}

	@Override
	public void pushed(TenantId tenantId, ActionItemId actionId) {
		this.jdbc.sql("""
				UPDATE task_push SET state = 'PUSHED', error = NULL, updated_at = now()
				WHERE action_id = :actionId AND tenant_id = :tenantId
				""").param("actionId", actionId.value()).param("tenantId", tenantId.value()).update();
	}

	@Override
	public void failed(TenantId tenantId, ActionItemId actionId, TaskBoardKind board, String error, Instant at) {
		this.jdbc.sql("""
				INSERT INTO task_push (action_id, tenant_id, board, state, started_at, error)
				VALUES (:actionId, :tenantId, :board, 'FAILED', :at, :error)
				ON CONFLICT (action_id) DO UPDATE SET state = 'FAILED', error = excluded.error, updated_at = now()
				WHERE task_push.tenant_id = excluded.tenant_id
				""")
			.param("actionId", actionId.value())
			.param("tenantId", tenantId.value())
			.param("board", board.name())
			.param("at", Timestamp.from(at))
			.param("error", bounded(error))
			.update();
	}

	private Optional<TaskPush> find(TenantId tenantId, ActionItemId actionId) {
		return this.jdbc.sql("SELECT * FROM task_push WHERE action_id = :actionId AND tenant_id = :tenantId")
			.param("actionId", actionId.value())
			.param("tenantId", tenantId.value())
			.query(JdbcTaskPushes::push)
			.optional();
	}

	@Override
	public Map<ActionItemId, TaskPush> findByMeeting(TenantId tenantId, MeetingId meetingId) {
		Map<ActionItemId, TaskPush> pushes = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT p.* FROM task_push p JOIN action_item a ON a.id = p.action_id
				WHERE p.tenant_id = :tenantId AND a.tenant_id = :tenantId AND a.meeting_id = :meetingId
				ORDER BY a.at_millis
				""")
			.param("tenantId", tenantId.value())
			.param("meetingId", meetingId.value())
			.query(JdbcTaskPushes::push)
			.list()
			.forEach(push -> pushes.put(push.actionId(), push));
		return pushes;
	}

	@Override
	public Optional<Link> linkedTo(TaskBoardKind board, String taskId) {
		return this.jdbc.sql("SELECT tenant_id, id FROM action_item WHERE task_board = :board AND task_id = :taskId")
			.param("board", board.name())
			.param("taskId", taskId)
			.query((rs, row) -> new Link(new TenantId(rs.getObject("tenant_id", UUID.class)),
					new ActionItemId(rs.getObject("id", UUID.class))))
			.list()
			.stream()
			.findFirst();
	}

	private static TaskPush push(ResultSet rs, int row) throws SQLException {
		return new TaskPush(new TenantId(rs.getObject("tenant_id", UUID.class)),
				new ActionItemId(rs.getObject("action_id", UUID.class)), TaskBoardKind.valueOf(rs.getString("board")),
				TaskPush.State.valueOf(rs.getString("state")), rs.getTimestamp("started_at").toInstant(),
				rs.getString("error"));
	}

	private static String bounded(String error) {
		return (error.length() <= MAX_ERROR) ? error : error.substring(0, MAX_ERROR);
	}

}
