package se.postboxen.kollegan.adapter.persistence.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.persistence.Columns;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecord;
import se.postboxen.kollegan.consent.ConsentRecordId;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/** Each answer is kept as given; a changed mind is a newer record, not an edit. */
@Component
class JdbcConsentRecords implements ConsentRecords {

	private final JdbcAggregateOperations aggregates;

	private final JdbcClient jdbc;

	JdbcConsentRecords(JdbcAggregateOperations aggregates, JdbcClient jdbc) {
		this.aggregates = aggregates;
		this.jdbc = jdbc;
	}

	@Override
	public ConsentRecord save(ConsentRecord record) {
		this.aggregates.insert(new ConsentRecordRow(record.id().value(), record.tenantId().value(),
				record.meetingId().value(), Columns.name(record.participant()), Columns.email(record.participant()),
				record.level().name(), record.answer().name(), record.channel().name(), record.answeredAt(), 0, null));
		return record;
	}

	@Override
	public List<ConsentRecord> findByMeeting(TenantId tenantId, MeetingId meetingId) {
		return findByMeetings(tenantId, List.of(meetingId));
	}

	/**
	 * Plain SQL rather than a derived query: Spring Data renders a derived query's SQL on
	 * every call and maps each row by reflection, which the dashboard's list of fifty
	 * meetings, each with its answers, would pay on every request.
	 */
	@Override
	public List<ConsentRecord> findByMeetings(TenantId tenantId, Collection<MeetingId> meetingIds) {
		if (meetingIds.isEmpty()) {
			// An empty list (a week without meetings) needs no round trip.
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT id, tenant_id, meeting_id, participant_name, participant_email, level, answer, channel,
				       answered_at
				FROM consent_record
				WHERE tenant_id = :tenantId AND meeting_id IN (:meetingIds)
				ORDER BY answered_at
				""")
			.param("tenantId", tenantId.value())
			.param("meetingIds", meetingIds.stream().map(MeetingId::value).toList())
			.query(JdbcConsentRecords::read)
			.list();
	}

	private static ConsentRecord read(ResultSet rs, int rowNum) throws SQLException {
		return new ConsentRecord(new ConsentRecordId(rs.getObject("id", UUID.class)),
				new TenantId(rs.getObject("tenant_id", UUID.class)),
				new MeetingId(rs.getObject("meeting_id", UUID.class)),
				Objects.requireNonNull(
						Columns.person(rs.getString("participant_name"), rs.getString("participant_email"))),
				ConsentLevel.valueOf(rs.getString("level")), ConsentAnswer.valueOf(rs.getString("answer")),
				ConsentChannel.valueOf(rs.getString("channel")),
				rs.getObject("answered_at", OffsetDateTime.class).toInstant());
	}

}
