package se.postboxen.kollegan.adapter.persistence.action;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.action.ExternalTaskRef;
import se.postboxen.kollegan.adapter.persistence.Columns;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcActionItems implements ActionItems {

	private final ActionItemRows rows;

	JdbcActionItems(ActionItemRows rows) {
		this.rows = rows;
	}

	@Override
	public ActionItem save(ActionItem item) {
		ExternalTaskRef task = item.externalTask();
		return toItem(this.rows.save(new ActionItemRow(item.id().value(), item.tenantId().value(),
				item.meetingId().value(), item.text(), Columns.name(item.owner()), Columns.email(item.owner()),
				item.due(), item.status().name(), (task != null) ? task.board().name() : null,
				(task != null) ? task.taskId() : null, (task != null) ? task.url().toString() : null,
				Columns.atMillis(item.source()), Columns.quote(item.source()), Columns.confidence(item.confidence()),
				item.needsConfirmation(), item.version(), null)));
	}

	@Override
	public Optional<ActionItem> findById(TenantId tenantId, ActionItemId id) {
		return this.rows.findByIdAndTenantId(id.value(), tenantId.value()).map(JdbcActionItems::toItem);
	}

	@Override
	public List<ActionItem> findByMeeting(TenantId tenantId, MeetingId meetingId) {
		return this.rows.findByTenantIdAndMeetingIdOrderByAtMillis(tenantId.value(), meetingId.value())
			.stream()
			.map(JdbcActionItems::toItem)
			.toList();
	}

	private static ActionItem toItem(ActionItemRow row) {
		ExternalTaskRef task = (row.taskBoard() != null && row.taskId() != null && row.taskUrl() != null)
				? new ExternalTaskRef(ExternalTaskRef.TaskBoardKind.valueOf(row.taskBoard()), row.taskId(),
						URI.create(row.taskUrl()))
				: null;
		return ActionItem.restore(new ActionItemId(row.id()), new TenantId(row.tenantId()),
				new MeetingId(row.meetingId()), row.text(), Columns.person(row.ownerName(), row.ownerEmail()),
				row.dueDate(), ActionStatus.valueOf(row.status()), task, Columns.span(row.atMillis(), row.quote()),
				Columns.confidence(row.confidence()), row.needsConfirmation(), row.version());
	}

}
