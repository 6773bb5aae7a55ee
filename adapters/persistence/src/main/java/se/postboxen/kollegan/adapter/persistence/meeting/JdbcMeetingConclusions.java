package se.postboxen.kollegan.adapter.persistence.meeting;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.meeting.MeetingConclusion;
import se.postboxen.kollegan.meeting.MeetingConclusions;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingOutcome;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcMeetingConclusions implements MeetingConclusions {

	private final JdbcClient jdbc;

	JdbcMeetingConclusions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(MeetingConclusion conclusion) {
		this.jdbc.sql("""
				INSERT INTO meeting_conclusion (meeting_id, tenant_id, outcome, reason, concluded_at)
				VALUES (:meetingId, :tenantId, :outcome, :reason, :concludedAt)
				ON CONFLICT (meeting_id) DO UPDATE SET outcome = excluded.outcome, reason = excluded.reason,
				    concluded_at = excluded.concluded_at
				""")
			.param("meetingId", conclusion.meetingId().value())
			.param("tenantId", conclusion.tenantId().value())
			.param("outcome", conclusion.outcome().name())
			.param("reason", conclusion.reason())
			.param("concludedAt", Timestamp.from(conclusion.concludedAt()))
			.update();
	}

	@Override
	public Optional<MeetingConclusion> find(TenantId tenantId, MeetingId meetingId) {
		return this.jdbc.sql("SELECT * FROM meeting_conclusion WHERE tenant_id = :tenantId AND meeting_id = :meetingId")
			.param("tenantId", tenantId.value())
			.param("meetingId", meetingId.value())
			.query((rs, row) -> new MeetingConclusion(tenantId, meetingId,
					MeetingOutcome.valueOf(rs.getString("outcome")), rs.getString("reason"),
					rs.getTimestamp("concluded_at").toInstant()))
			.optional();
	}

}
