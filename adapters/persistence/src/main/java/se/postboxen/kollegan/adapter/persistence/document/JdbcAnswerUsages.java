package se.postboxen.kollegan.adapter.persistence.document;

import java.sql.Timestamp;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.document.AnswerUsage;
import se.postboxen.kollegan.document.AnswerUsages;

/**
 * What questions about documents cost, in {@code model_usage} beside what recaps cost,
 * with the document instead of a meeting.
 */
@Component
class JdbcAnswerUsages implements AnswerUsages {

	private final JdbcClient jdbc;

	JdbcAnswerUsages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(AnswerUsage usage) {
		this.jdbc.sql("""
				INSERT INTO model_usage (id, tenant_id, document_id, model, prompt_tokens, completion_tokens, cost_sek,
				    used_at)
				VALUES (:id, :tenantId, :documentId, :model, :promptTokens, :completionTokens, :costSek, :usedAt)
				""")
			.param("id", UUID.randomUUID())
			.param("tenantId", usage.tenantId().value())
			.param("documentId", usage.documentId().value())
			.param("model", usage.model())
			.param("promptTokens", usage.promptTokens())
			.param("completionTokens", usage.completionTokens())
			.param("costSek", usage.costSek())
			.param("usedAt", Timestamp.from(usage.at()))
			.update();
	}

}
