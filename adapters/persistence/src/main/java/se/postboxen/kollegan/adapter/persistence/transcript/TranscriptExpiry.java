package se.postboxen.kollegan.adapter.persistence.transcript;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.persistence.retention.MeetingsOver;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.retention.ExpiringTranscripts;
import se.postboxen.kollegan.tenant.TenantId;

/** The kept transcripts of meetings that are over, for the retention sweep to judge. */
@Component
class TranscriptExpiry implements ExpiringTranscripts {

	/** A uuid below every other, so that the first page needs no query of its own. */
	private static final UUID FIRST = new UUID(0, 0);

	private final JdbcClient jdbc;

	TranscriptExpiry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<MeetingId> ofMeetingsOver(TenantId tenantId, @Nullable MeetingId after, int limit) {
		return this.jdbc
			.sql("SELECT t.meeting_id FROM transcript t JOIN meeting m ON m.id = t.meeting_id "
					+ "WHERE t.tenant_id = :tenantId AND " + MeetingsOver.OVER
					+ " AND t.meeting_id > :after ORDER BY t.meeting_id LIMIT :limit")
			.param("tenantId", tenantId.value())
			.param("after", (after != null) ? after.value() : FIRST)
			.param("limit", limit)
			.query(UUID.class)
			.list()
			.stream()
			.map(MeetingId::new)
			.toList();
	}

}
