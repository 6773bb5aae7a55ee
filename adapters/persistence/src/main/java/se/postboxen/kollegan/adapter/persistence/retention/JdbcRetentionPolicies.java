package se.postboxen.kollegan.adapter.persistence.retention;

import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.retention.LegalHold;
import se.postboxen.kollegan.retention.RetentionKind;
import se.postboxen.kollegan.retention.RetentionPolicies;
import se.postboxen.kollegan.retention.RetentionPolicy;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A policy is the tenant's rows in {@code retention_period} (only the kinds it chose) and
 * its {@code legal_hold}, if any.
 */
@Component
class JdbcRetentionPolicies implements RetentionPolicies {

	private final JdbcClient jdbc;

	JdbcRetentionPolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RetentionPolicy find(TenantId tenantId) {
		Map<RetentionKind, Integer> chosen = new EnumMap<>(RetentionKind.class);
		this.jdbc.sql("SELECT kind, days FROM retention_period WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId.value())
			.query((rs, row) -> Map.entry(rs.getString("kind"), rs.getInt("days")))
			.list()
			// A kind this version no longer knows is left for the version that does.
			.forEach(row -> RetentionKind.ofWireName(row.getKey()).ifPresent(kind -> chosen.put(kind, row.getValue())));
		LegalHold hold = this.jdbc.sql("SELECT reason, placed_at FROM legal_hold WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId.value())
			.query((rs, row) -> new LegalHold(rs.getString("reason"), rs.getTimestamp("placed_at").toInstant()))
			.optional()
			.orElse(null);
		return RetentionPolicy.ofStored(tenantId, chosen, hold);
	}

	@Override
	public void save(RetentionPolicy policy) {
		Map<String, Object> tenant = Map.of("tenantId", policy.tenantId().value());
		this.jdbc.sql("DELETE FROM retention_period WHERE tenant_id = :tenantId").params(tenant).update();
		policy.chosen()
			.forEach((kind, days) -> this.jdbc
				.sql("INSERT INTO retention_period (tenant_id, kind, days) VALUES (:tenantId, :kind, :days)")
				.param("tenantId", policy.tenantId().value())
				.param("kind", kind.wireName())
				.param("days", days)
				.update());
		LegalHold hold = policy.legalHold();
		if (hold == null) {
			this.jdbc.sql("DELETE FROM legal_hold WHERE tenant_id = :tenantId").params(tenant).update();
			return;
		}
		this.jdbc.sql("""
				INSERT INTO legal_hold (tenant_id, reason, placed_at) VALUES (:tenantId, :reason, :placedAt)
				ON CONFLICT (tenant_id) DO UPDATE SET reason = excluded.reason, placed_at = excluded.placed_at
				""")
			.param("tenantId", policy.tenantId().value())
			.param("reason", hold.reason())
			.param("placedAt", Timestamp.from(hold.placedAt()))
			.update();
	}

	@Override
	public List<TenantId> tenants() {
		return this.jdbc.sql("SELECT id FROM tenant ORDER BY id")
			.query(UUID.class)
			.list()
			.stream()
			.map(TenantId::new)
			.toList();
	}

}
