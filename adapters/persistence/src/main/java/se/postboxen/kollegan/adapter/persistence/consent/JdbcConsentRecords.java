package se.postboxen.kollegan.adapter.persistence.consent;

import java.util.List;
import java.util.Objects;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;
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

	private final ConsentRecordRows rows;

	private final JdbcAggregateOperations aggregates;

	JdbcConsentRecords(ConsentRecordRows rows, JdbcAggregateOperations aggregates) {
		this.rows = rows;
		this.aggregates = aggregates;
	}

	@Override
	public ConsentRecord save(ConsentRecord record) {
		return toRecord(this.aggregates.insert(new ConsentRecordRow(record.id().value(), record.tenantId().value(),
				record.meetingId().value(), Columns.name(record.participant()), Columns.email(record.participant()),
				record.level().name(), record.answer().name(), record.channel().name(), record.answeredAt(), 0, null)));
	}

	@Override
	public List<ConsentRecord> findByMeeting(TenantId tenantId, MeetingId meetingId) {
		return this.rows.findByTenantIdAndMeetingIdOrderByAnsweredAt(tenantId.value(), meetingId.value())
			.stream()
			.map(JdbcConsentRecords::toRecord)
			.toList();
	}

	private static ConsentRecord toRecord(ConsentRecordRow row) {
		return new ConsentRecord(new ConsentRecordId(row.id()), new TenantId(row.tenantId()),
				new MeetingId(row.meetingId()),
				Objects.requireNonNull(Columns.person(row.participantName(), row.participantEmail())),
				ConsentLevel.valueOf(row.level()), ConsentAnswer.valueOf(row.answer()),
				ConsentChannel.valueOf(row.channel()), row.answeredAt());
	}

}
