package se.postboxen.kollegan.adapter.persistence.brief;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.brief.Brief;
import se.postboxen.kollegan.brief.BriefId;
import se.postboxen.kollegan.brief.BriefKind;
import se.postboxen.kollegan.brief.Briefs;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Briefs by id: saving one again replaces its content in a single statement, so two jobs
 * bringing the same brief up to date at once cannot fail each other.
 */
@Component
class JdbcBriefs implements Briefs {

	private final BriefRows rows;

	private final JdbcClient jdbc;

	JdbcBriefs(BriefRows rows, JdbcClient jdbc) {
		this.rows = rows;
		this.jdbc = jdbc;
	}

	/**
	 * @throws IllegalStateException when the id is another meeting's or another kind's
	 * brief
	 */
	@Override
	public Brief save(Brief brief) {
		int written = this.jdbc.sql("""
				INSERT INTO brief (id, tenant_id, meeting_id, kind, language, content, prepared_at, version)
				VALUES (:id, :tenantId, :meetingId, :kind, :language, :content, :preparedAt, 1)
				ON CONFLICT (id) DO UPDATE SET language = EXCLUDED.language, content = EXCLUDED.content,
				    prepared_at = EXCLUDED.prepared_at, version = brief.version + 1, updated_at = now()
				WHERE brief.tenant_id = EXCLUDED.tenant_id AND brief.meeting_id = EXCLUDED.meeting_id
				    AND brief.kind = EXCLUDED.kind
				""")
			.params(Map.of("id", brief.id().value(), "tenantId", brief.tenantId().value(), "meetingId",
					brief.meetingId().value(), "kind", brief.kind().name(), "language", brief.language(), "content",
					brief.content(), "preparedAt", Timestamp.from(brief.preparedAt())))
			.update();
		if (written != 1) {
			throw new IllegalStateException("Brief " + brief.id() + " belongs to another meeting");
		}
		return brief;
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
