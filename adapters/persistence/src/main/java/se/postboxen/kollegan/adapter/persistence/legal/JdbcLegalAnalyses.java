package se.postboxen.kollegan.adapter.persistence.legal;

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

import se.postboxen.kollegan.legal.LegalAnalyses;
import se.postboxen.kollegan.legal.LegalFinding;
import se.postboxen.kollegan.legal.MeetingLegalAnalysis;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A meeting's legal analysis as one row, its findings one JSON array read and written
 * whole, in the shape the transcript's utterances are kept in: the speaker's name and
 * address, the offset in milliseconds, the words.
 */
@Component
class JdbcLegalAnalyses implements LegalAnalyses {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	JdbcLegalAnalyses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(MeetingLegalAnalysis analysis) {
		List<Map<String, Object>> findings = new ArrayList<>();
		for (LegalFinding finding : analysis.findings()) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("kind", finding.kind().name());
			row.put("speaker", finding.speaker());
			row.put("email", (finding.speakerEmail() != null) ? finding.speakerEmail().value() : null);
			row.put("atMs", finding.source().at().toMillis());
			row.put("quote", finding.source().quote());
			findings.add(row);
		}
		this.jdbc.sql("""
				INSERT INTO legal_analysis (meeting_id, tenant_id, findings, analysed_at)
				VALUES (:meetingId, :tenantId, CAST(:findings AS jsonb), :analysedAt)
				ON CONFLICT (meeting_id) DO UPDATE SET findings = excluded.findings, analysed_at = excluded.analysed_at
				""")
			.param("meetingId", analysis.meetingId().value())
			.param("tenantId", analysis.tenantId().value())
			.param("findings", json.writeValueAsString(findings))
			.param("analysedAt", Timestamp.from(analysis.analysedAt()))
			.update();
	}

	@Override
	public Optional<MeetingLegalAnalysis> find(TenantId tenantId, MeetingId meetingId) {
		return this.jdbc
			.sql("SELECT findings::text AS findings, analysed_at FROM legal_analysis "
					+ "WHERE tenant_id = :tenantId AND meeting_id = :meetingId")
			.param("tenantId", tenantId.value())
			.param("meetingId", meetingId.value())
			.query((rs, row) -> new MeetingLegalAnalysis(tenantId, meetingId, findings(rs.getString("findings")),
					rs.getTimestamp("analysed_at").toInstant()))
			.optional();
	}

	@Override
	public void delete(TenantId tenantId, MeetingId meetingId) {
		this.jdbc.sql("DELETE FROM legal_analysis WHERE tenant_id = :tenantId AND meeting_id = :meetingId")
			.param("tenantId", tenantId.value())
			.param("meetingId", meetingId.value())
			.update();
	}

	private static List<LegalFinding> findings(String stored) {
		List<LegalFinding> findings = new ArrayList<>();
		for (JsonNode finding : json.readTree(stored)) {
			JsonNode email = finding.get("email");
			findings.add(new LegalFinding(LegalFinding.Kind.valueOf(finding.get("kind").asString()),
					finding.get("speaker").asString(),
					(email == null || email.isNull()) ? null : EmailAddress.of(email.asString()), new TranscriptSpan(
							Duration.ofMillis(finding.get("atMs").asLong()), finding.get("quote").asString())));
		}
		return findings;
	}

}
