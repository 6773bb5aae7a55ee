package se.postboxen.kollegan.adapter.persistence.recap;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.RecapStatus;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.transcript.TranscriptSource;

@Component
class JdbcRecaps implements Recaps {

	private final JdbcClient jdbc;

	JdbcRecaps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(Recap recap) {
		this.jdbc.sql("""
				INSERT INTO recap (meeting_id, tenant_id, status, language, source, summary, topics, open_questions,
				    prepared_at)
				VALUES (:meetingId, :tenantId, :status, :language, :source, :summary, :topics, :openQuestions,
				    :preparedAt)
				ON CONFLICT (meeting_id) DO UPDATE SET status = excluded.status, language = excluded.language,
				    source = excluded.source, summary = excluded.summary, topics = excluded.topics,
				    open_questions = excluded.open_questions, prepared_at = excluded.prepared_at
				""")
			.param("meetingId", recap.meetingId().value())
			.param("tenantId", recap.tenantId().value())
			.param("status", recap.status().name())
			.param("language", recap.language())
			.param("source", recap.source().name())
			.param("summary", recap.summary())
			.param("topics", recap.topics().toArray(String[]::new))
			.param("openQuestions", recap.openQuestions().toArray(String[]::new))
			.param("preparedAt", Timestamp.from(recap.preparedAt()))
			.update();
	}

	@Override
	public Optional<Recap> find(TenantId tenantId, MeetingId meetingId) {
		return this.jdbc.sql("SELECT * FROM recap WHERE tenant_id = :tenantId AND meeting_id = :meetingId")
			.param("tenantId", tenantId.value())
			.param("meetingId", meetingId.value())
			.query((rs, row) -> new Recap(tenantId, meetingId, RecapStatus.valueOf(rs.getString("status")),
					rs.getString("language"), TranscriptSource.valueOf(rs.getString("source")), rs.getString("summary"),
					texts(rs.getArray("topics")), texts(rs.getArray("open_questions")),
					rs.getTimestamp("prepared_at").toInstant()))
			.optional();
	}

	private static List<String> texts(Array array) throws java.sql.SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
