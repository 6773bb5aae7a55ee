package se.postboxen.kollegan.adapter.persistence.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditEventId;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The audit trail as plain inserts: it is append-only, so there is no aggregate to load
 * and save, and the details go into a {@code jsonb} column.
 */
@Component
class JdbcAuditLog implements AuditLog {

	/** The MDC key the web and job layers put the correlation id under. */
	static final String CORRELATION_ID = "correlationId";

	private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	JdbcAuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(AuditEvent event) {
		String correlationId = (event.correlationId() != null) ? event.correlationId() : MDC.get(CORRELATION_ID);
		this.jdbc.sql("""
				INSERT INTO audit_event (id, tenant_id, occurred_at, actor_kind, actor_id, action, subject_type,
				                         subject_id, correlation_id, details, version)
				VALUES (:id, :tenantId, :occurredAt, :actorKind, :actorId, :action, :subjectType,
				        :subjectId, :correlationId, CAST(:details AS jsonb), 1)
				""")
			.param("id", event.id().value())
			.param("tenantId", (event.tenantId() != null) ? event.tenantId().value() : null)
			.param("occurredAt", Timestamp.from(event.occurredAt()))
			.param("actorKind", event.actor().kind().name())
			.param("actorId", event.actor().id())
			.param("action", event.action())
			.param("subjectType", event.subjectType())
			.param("subjectId", event.subjectId())
			.param("correlationId", correlationId)
			.param("details", this.json.writeValueAsString(event.details()))
			.update();
	}

	@Override
	public List<AuditEvent> recent(TenantId tenantId, int limit) {
		return this.jdbc.sql("""
				SELECT id, tenant_id, occurred_at, actor_kind, actor_id, action, subject_type, subject_id,
				       correlation_id, details::text AS details
				FROM audit_event
				WHERE tenant_id = :tenantId
				ORDER BY occurred_at DESC, id
				LIMIT :limit
				""").param("tenantId", tenantId.value()).param("limit", limit).query(this::toEvent).list();
	}

	private AuditEvent toEvent(ResultSet rs, int rowNum) throws SQLException {
		UUID tenant = rs.getObject("tenant_id", UUID.class);
		return new AuditEvent(new AuditEventId(rs.getObject("id", UUID.class)),
				(tenant != null) ? new TenantId(tenant) : null, rs.getTimestamp("occurred_at").toInstant(),
				new Actor(Actor.Kind.valueOf(rs.getString("actor_kind")), rs.getString("actor_id")),
				rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getString("correlation_id"), this.json.readValue(rs.getString("details"), DETAILS));
	}

}
