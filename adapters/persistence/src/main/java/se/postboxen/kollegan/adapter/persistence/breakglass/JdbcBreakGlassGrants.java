package se.postboxen.kollegan.adapter.persistence.breakglass;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.breakglass.BreakGlassGrant;
import se.postboxen.kollegan.breakglass.BreakGlassGrantId;
import se.postboxen.kollegan.breakglass.BreakGlassGrants;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcBreakGlassGrants implements BreakGlassGrants {

	private final JdbcClient jdbc;

	JdbcBreakGlassGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean open(BreakGlassGrant grant) {
		// Two requests of one person at once must not both open: the lock holds until the
		// caller's transaction ends, so the second sees the first's grant.
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", "break-glass:" + grant.tenantId() + ":" + grant.subject())
			.query((rs, row) -> 0)
			.list();
		if (active(grant.tenantId(), grant.subject(), grant.openedAt()).isPresent()) {
			return false;
		}
		return this.jdbc.sql("""
				INSERT INTO break_glass_grant (id, tenant_id, subject, name, email, reason, opened_at, expires_at)
				VALUES (:id, :tenantId, :subject, :name, :email, :reason, :openedAt, :expiresAt)
				""")
			.param("id", grant.id().value())
			.param("tenantId", grant.tenantId().value())
			.param("subject", grant.subject())
			.param("name", grant.name())
			.param("email", (grant.email() != null) ? grant.email().value() : null)
			.param("reason", grant.reason())
			.param("openedAt", Timestamp.from(grant.openedAt()))
			.param("expiresAt", Timestamp.from(grant.expiresAt()))
			.update() > 0;
	}

	@Override
	public Optional<BreakGlassGrant> active(TenantId tenantId, String subject, Instant at) {
		return this.jdbc.sql("""
				SELECT * FROM break_glass_grant
				WHERE tenant_id = :tenantId AND subject = :subject AND ended_at IS NULL AND expires_at > :at
				ORDER BY expires_at DESC LIMIT 1
				""")
			.param("tenantId", tenantId.value())
			.param("subject", subject)
			.param("at", Timestamp.from(at))
			.query((rs, row) -> grant(rs))
			.optional();
	}

	@Override
	public Optional<BreakGlassGrant> findById(TenantId tenantId, BreakGlassGrantId id) {
		return this.jdbc.sql("SELECT * FROM break_glass_grant WHERE tenant_id = :tenantId AND id = :id")
			.param("tenantId", tenantId.value())
			.param("id", id.value())
			.query((rs, row) -> grant(rs))
			.optional();
	}

	@Override
	public Optional<BreakGlassGrant> end(TenantId tenantId, BreakGlassGrantId id, Instant at, Actor by) {
		return this.jdbc.sql("""
				UPDATE break_glass_grant SET ended_at = :at, ended_by_kind = :byKind, ended_by = :by
				WHERE tenant_id = :tenantId AND id = :id AND ended_at IS NULL
				RETURNING *
				""")
			.param("tenantId", tenantId.value())
			.param("id", id.value())
			.param("at", Timestamp.from(at))
			.param("byKind", by.kind().name())
			.param("by", by.id())
			.query((rs, row) -> grant(rs))
			.optional();
	}

	@Override
	public List<BreakGlassGrant> recent(TenantId tenantId, int limit) {
		return this.jdbc
			.sql("SELECT * FROM break_glass_grant WHERE tenant_id = :tenantId ORDER BY opened_at DESC LIMIT :limit")
			.param("tenantId", tenantId.value())
			.param("limit", limit)
			.query((rs, row) -> grant(rs))
			.list();
	}

	@Override
	public long countActive(Instant at) {
		return this.jdbc.sql("SELECT count(*) FROM break_glass_grant WHERE ended_at IS NULL AND expires_at > :at")
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	private static BreakGlassGrant grant(ResultSet rs) throws SQLException {
		String email = rs.getString("email");
		Timestamp endedAt = rs.getTimestamp("ended_at");
		String endedByKind = rs.getString("ended_by_kind");
		return new BreakGlassGrant(new BreakGlassGrantId(rs.getObject("id", UUID.class)),
				new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getString("subject"), rs.getString("name"),
				(email != null) ? EmailAddress.of(email) : null, rs.getString("reason"),
				rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
				(endedAt != null) ? endedAt.toInstant() : null,
				(endedByKind != null) ? new Actor(Actor.Kind.valueOf(endedByKind), rs.getString("ended_by")) : null);
	}

}
