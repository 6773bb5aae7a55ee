package se.postboxen.kollegan.adapter.persistence.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.calendar.MicrosoftConnection;
import se.postboxen.kollegan.calendar.MicrosoftConnections;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

@Component
class JdbcMicrosoftConnections implements MicrosoftConnections {

	private final JdbcClient jdbc;

	JdbcMicrosoftConnections(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<MicrosoftConnection> find(TenantId tenantId, UserId userId) {
		return this.jdbc.sql("SELECT * FROM microsoft_calendar WHERE tenant_id = :tenantId AND user_id = :userId")
			.param("tenantId", tenantId.value())
			.param("userId", userId.value())
			.query((rs, row) -> connection(rs))
			.optional();
	}

	@Override
	public Optional<MicrosoftConnection> findBySubscription(String subscriptionId) {
		return this.jdbc.sql("SELECT * FROM microsoft_calendar WHERE subscription_id = :id")
			.param("id", subscriptionId)
			.query((rs, row) -> connection(rs))
			.optional();
	}

	@Override
	public void save(MicrosoftConnection connection) {
		this.jdbc.sql("""
				INSERT INTO microsoft_calendar (tenant_id, user_id, subscription_id, client_state, expires_at,
				                                delta_link, delta_started_at)
				VALUES (:tenantId, :userId, :subscriptionId, :clientState, :expiresAt, :deltaLink, :startedAt)
				ON CONFLICT (tenant_id, user_id) DO UPDATE SET subscription_id = excluded.subscription_id,
				    client_state = excluded.client_state, expires_at = excluded.expires_at,
				    delta_link = excluded.delta_link, delta_started_at = excluded.delta_started_at, updated_at = now()
				""")
			.param("tenantId", connection.tenantId().value())
			.param("userId", connection.userId().value())
			.param("subscriptionId", connection.subscriptionId())
			.param("clientState", connection.clientState())
			.param("expiresAt", Timestamp.from(connection.expiresAt()))
			.param("deltaLink", connection.deltaLink())
			.param("startedAt",
					(connection.deltaStartedAt() != null) ? Timestamp.from(connection.deltaStartedAt()) : null)
			.update();
	}

	@Override
	public void remove(TenantId tenantId, UserId userId) {
		this.jdbc.sql("DELETE FROM microsoft_calendar WHERE tenant_id = :tenantId AND user_id = :userId")
			.param("tenantId", tenantId.value())
			.param("userId", userId.value())
			.update();
	}

	@Override
	public void renewed(String subscriptionId, Instant expiresAt) {
		this.jdbc.sql(
				"UPDATE microsoft_calendar SET expires_at = :expiresAt, updated_at = now() WHERE subscription_id = :id")
			.param("id", subscriptionId)
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	@Override
	public void deltaLink(TenantId tenantId, UserId userId, @Nullable String deltaLink,
			@Nullable Instant roundStartedAt) {
		this.jdbc.sql("""
				UPDATE microsoft_calendar SET delta_link = :deltaLink, delta_started_at = :startedAt, updated_at = now()
				WHERE tenant_id = :tenantId AND user_id = :userId
				""")
			.param("tenantId", tenantId.value())
			.param("userId", userId.value())
			.param("deltaLink", deltaLink)
			.param("startedAt", (roundStartedAt != null) ? Timestamp.from(roundStartedAt) : null)
			.update();
	}

	@Override
	public List<MicrosoftConnection> all() {
		return this.jdbc.sql("SELECT * FROM microsoft_calendar ORDER BY tenant_id, user_id")
			.query((rs, row) -> connection(rs))
			.list();
	}

	@Override
	public List<MicrosoftConnection> expiringBefore(Instant instant) {
		return this.jdbc.sql("SELECT * FROM microsoft_calendar WHERE expires_at < :instant ORDER BY expires_at")
			.param("instant", Timestamp.from(instant))
			.query((rs, row) -> connection(rs))
			.list();
	}

	@Override
	public void link(TenantId tenantId, UserId userId, String sourceId, String icalUid, @Nullable Instant occurrence) {
		this.jdbc.sql("""
				INSERT INTO microsoft_calendar_event (tenant_id, user_id, source_id, ical_uid, occurrence)
				VALUES (:tenantId, :userId, :sourceId, :icalUid, :occurrence)
				ON CONFLICT (tenant_id, user_id, source_id) DO UPDATE SET ical_uid = excluded.ical_uid,
				    occurrence = excluded.occurrence
				""")
			.param("tenantId", tenantId.value())
			.param("userId", userId.value())
			.param("sourceId", sourceId)
			.param("icalUid", icalUid)
			.param("occurrence", (occurrence != null) ? Timestamp.from(occurrence) : null)
			.update();
	}

	@Override
	public Optional<LinkedEvent> linked(TenantId tenantId, UserId userId, String sourceId) {
		return this.jdbc.sql("""
				SELECT ical_uid, occurrence FROM microsoft_calendar_event
				WHERE tenant_id = :tenantId AND user_id = :userId AND source_id = :sourceId
				""")
			.param("tenantId", tenantId.value())
			.param("userId", userId.value())
			.param("sourceId", sourceId)
			.query((rs, row) -> {
				Timestamp occurrence = rs.getTimestamp("occurrence");
				return new LinkedEvent(rs.getString("ical_uid"), (occurrence != null) ? occurrence.toInstant() : null);
			})
			.optional();
	}

	private static MicrosoftConnection connection(ResultSet rs) throws SQLException {
		return new MicrosoftConnection(new TenantId(rs.getObject("tenant_id", UUID.class)),
				new UserId(rs.getObject("user_id", UUID.class)), rs.getString("subscription_id"),
				rs.getString("client_state"), rs.getTimestamp("expires_at").toInstant(), rs.getString("delta_link"),
				(rs.getTimestamp("delta_started_at") != null) ? rs.getTimestamp("delta_started_at").toInstant() : null);
	}

}
