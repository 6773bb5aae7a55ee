package se.postboxen.kollegan.adapter.persistence.usage;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcModelUsages implements ModelUsages {

	private final JdbcClient jdbc;

	JdbcModelUsages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(ModelUsage usage) {
		this.jdbc.sql("""
				INSERT INTO model_usage (id, tenant_id, meeting_id, model, prompt_tokens, completion_tokens, cost_sek,
				    used_at)
				VALUES (:id, :tenantId, :meetingId, :model, :promptTokens, :completionTokens, :costSek, :usedAt)
				""")
			.param("id", UUID.randomUUID())
			.param("tenantId", usage.tenantId().value())
			.param("meetingId", usage.meetingId().value())
			.param("model", usage.model())
			.param("promptTokens", usage.promptTokens())
			.param("completionTokens", usage.completionTokens())
			.param("costSek", usage.costSek())
			.param("usedAt", Timestamp.from(usage.at()))
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
