package se.postboxen.kollegan.adapter.persistence.brief;

import java.util.List;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.brief.Brief;
import se.postboxen.kollegan.brief.BriefId;
import se.postboxen.kollegan.brief.BriefKind;
import se.postboxen.kollegan.brief.Briefs;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/** A brief is prepared once; a newer brief for the same meeting is a new row. */
@Component
class JdbcBriefs implements Briefs {

	private final BriefRows rows;

	private final JdbcAggregateOperations aggregates;

	JdbcBriefs(BriefRows rows, JdbcAggregateOperations aggregates) {
		this.rows = rows;
		this.aggregates = aggregates;
	}

	@Override
	public Brief save(Brief brief) {
		return toBrief(this.aggregates
			.insert(new BriefRow(brief.id().value(), brief.tenantId().value(), brief.meetingId().value(),
					brief.kind().name(), brief.language(), brief.content(), brief.preparedAt(), 0, null)));
	}

	@Override
	public List<Brief> findByMeeting(TenantId tenantId, MeetingId meetingId) {
		return this.rows.findByTenantIdAndMeetingIdOrderByPreparedAt(tenantId.value(), meetingId.value())
			.stream()
			.map(JdbcBriefs::toBrief)
			.toList();
	}

	private static Brief toBrief(BriefRow row) {
		return new Brief(new BriefId(row.id()), new TenantId(row.tenantId()), new MeetingId(row.meetingId()),
				BriefKind.valueOf(row.kind()), row.language(), row.content(), row.preparedAt());
	}

}
