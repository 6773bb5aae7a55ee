package se.postboxen.kollegan.adapter.persistence.recap;

import java.util.List;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.persistence.Columns;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.recap.Decision;
import se.postboxen.kollegan.recap.DecisionId;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Decisions are facts of a meeting: written once, never updated, replaced as a whole when
 * the meeting is analysed again.
 */
@Component
class JdbcDecisions implements Decisions {

	private final DecisionRows rows;

	private final JdbcAggregateOperations aggregates;

	JdbcDecisions(DecisionRows rows, JdbcAggregateOperations aggregates) {
		this.rows = rows;
		this.aggregates = aggregates;
	}

	@Override
	public Decision save(Decision decision) {
		return toDecision(this.aggregates.insert(new DecisionRow(decision.id().value(), decision.tenantId().value(),
				decision.meetingId().value(), decision.text(), Columns.name(decision.speaker()),
				Columns.email(decision.speaker()), Columns.atMillis(decision.source()),
				Columns.quote(decision.source()), Columns.confidence(decision.confidence()), 0, null)));
	}

	@Override
	public void deleteByMeeting(TenantId tenantId, MeetingId meetingId) {
		this.rows.deleteByMeeting(tenantId.value(), meetingId.value());
	}

	@Override
	public List<Decision> findByMeeting(TenantId tenantId, MeetingId meetingId) {
		return this.rows.findByTenantIdAndMeetingIdOrderByAtMillis(tenantId.value(), meetingId.value())
			.stream()
			.map(JdbcDecisions::toDecision)
			.toList();
	}

	private static Decision toDecision(DecisionRow row) {
		return new Decision(new DecisionId(row.id()), new TenantId(row.tenantId()), new MeetingId(row.meetingId()),
				row.text(), Columns.person(row.speakerName(), row.speakerEmail()),
				Columns.span(row.atMillis(), row.quote()), Columns.confidence(row.confidence()));
	}

}
