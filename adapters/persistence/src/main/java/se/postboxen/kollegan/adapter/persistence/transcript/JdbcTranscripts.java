package se.postboxen.kollegan.adapter.persistence.transcript;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.transcript.StoredTranscript;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.TranscriptSource;
import se.postboxen.kollegan.transcript.Transcripts;
import se.postboxen.kollegan.transcript.Utterance;

/** A transcript is read and written whole, so its utterances are one JSON array. */
@Component
class JdbcTranscripts implements Transcripts {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	JdbcTranscripts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(StoredTranscript transcript) {
		List<Map<String, Object>> utterances = new ArrayList<>();
		for (Utterance utterance : transcript.transcript().utterances()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("speaker", utterance.speaker());
			row.put("email", (utterance.speakerEmail() != null) ? utterance.speakerEmail().value() : null);
			row.put("startMs", utterance.start().toMillis());
			row.put("endMs", utterance.end().toMillis());
			row.put("text", utterance.text());
			utterances.add(row);
		}
		this.jdbc.sql("""
				INSERT INTO transcript (meeting_id, tenant_id, source, utterances, stored_at)
				VALUES (:meetingId, :tenantId, :source, CAST(:utterances AS jsonb), :storedAt)
				ON CONFLICT (meeting_id) DO UPDATE SET source = excluded.source, utterances = excluded.utterances,
				    stored_at = excluded.stored_at
				""")
			.param("meetingId", transcript.meetingId().value())
			.param("tenantId", transcript.tenantId().value())
			.param("source", transcript.source().name())
			.param("utterances", json.writeValueAsString(utterances))
			.param("storedAt", Timestamp.from(transcript.storedAt()))
			.update();
	}

	@Override
	public Optional<StoredTranscript> find(TenantId tenantId, MeetingId meetingId) {
		return this.jdbc.sql("""
				SELECT source, utterances::text AS utterances, stored_at FROM transcript
				WHERE tenant_id = :tenantId AND meeting_id = :meetingId
				""")
			.param("tenantId", tenantId.value())
			.param("meetingId", meetingId.value())
			.query((rs, row) -> new StoredTranscript(tenantId, meetingId,
					TranscriptSource.valueOf(rs.getString("source")), transcript(rs.getString("utterances")),
					rs.getTimestamp("stored_at").toInstant()))
			.optional();
	}

	@Override
	public boolean delete(TenantId tenantId, MeetingId meetingId) {
		return this.jdbc.sql("DELETE FROM transcript WHERE tenant_id = :tenantId AND meeting_id = :meetingId")
			.param("tenantId", tenantId.value())
			.param("meetingId", meetingId.value())
			.update() > 0;
	}

	private static Transcript transcript(String utterances) {
		List<Utterance> read = new ArrayList<>();
		for (JsonNode node : json.readTree(utterances)) {
			JsonNode email = node.get("email");
			read.add(new Utterance(node.get("speaker").asString(),
					(email == null || email.isNull()) ? null : EmailAddress.of(email.asString()),
					Duration.ofMillis(node.get("startMs").asLong()), Duration.ofMillis(node.get("endMs").asLong()),
					node.get("text").asString()));
		}
		return new Transcript(read);
	}

}
