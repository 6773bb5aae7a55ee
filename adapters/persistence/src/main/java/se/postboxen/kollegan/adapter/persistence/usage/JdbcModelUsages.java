package se.postboxen.kollegan.adapter.persistence.usage;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.document.AnswerUsage;
import se.postboxen.kollegan.document.AnswerUsages;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * What language-model calls cost, one row each in {@code model_usage}: recaps by meeting,
 * answers to questions about documents by document.
 */
@Component
class JdbcModelUsages implements ModelUsages, AnswerUsages {

	private final JdbcClient jdbc;

	JdbcModelUsages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(ModelUsage usage) {
		insert(usage.tenantId(), "meeting_id", usage.meetingId().value(), usage.model(), usage.promptTokens(),
				usage.completionTokens(), usage.costSek(), usage.at());
	}

	@Override
	public void record(AnswerUsage usage) {
		insert(usage.tenantId(), "document_id", usage.documentId().value(), usage.model(), usage.promptTokens(),
				usage.completionTokens(), usage.costSek(), usage.at());
	}

	/**
	 * One row per model call, for a meeting or a document: {@code source} names the
	 * column, one of two fixed names, never input.
	 */
	private void insert(TenantId tenantId, String source, UUID sourceId, String model, long promptTokens,
			long completionTokens, BigDecimal costSek, Instant at) {
		this.jdbc.sql("""
				INSERT INTO model_usage (id, tenant_id, %s, model, prompt_tokens, completion_tokens, cost_sek, used_at)
				VALUES (:id, :tenantId, :sourceId, :model, :promptTokens, :completionTokens, :costSek, :usedAt)
				""".formatted(source))
			.param("id", UUID.randomUUID())
			.param("tenantId", tenantId.value())
			.param("sourceId", sourceId)
			.param("model", model)
			.param("promptTokens", promptTokens)
			.param("completionTokens", completionTokens)
			.param("costSek", costSek)
			.param("usedAt", Timestamp.from(at))
			.update();
	}

	@Override
	public List<ModelUsage> of(TenantId tenantId, MeetingId meetingId) {
		return this.jdbc.sql("""
				SELECT model, prompt_tokens, completion_tokens, cost_sek, used_at FROM model_usage
				WHERE tenant_id = :tenantId AND meeting_id = :meetingId
				ORDER BY used_at, id
				""")
			.param("tenantId", tenantId.value())
			.param("meetingId", meetingId.value())
			.query((rs, row) -> new ModelUsage(tenantId, meetingId, rs.getString("model"), rs.getLong("prompt_tokens"),
					rs.getLong("completion_tokens"), rs.getBigDecimal("cost_sek"),
					rs.getTimestamp("used_at").toInstant()))
			.list();
	}

}
