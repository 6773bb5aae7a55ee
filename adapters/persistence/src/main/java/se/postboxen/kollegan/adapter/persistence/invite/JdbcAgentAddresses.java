package se.postboxen.kollegan.adapter.persistence.invite;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.invite.AgentAddress;
import se.postboxen.kollegan.invite.AgentAddresses;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

@Component
class JdbcAgentAddresses implements AgentAddresses {

	private final JdbcClient jdbc;

	JdbcAgentAddresses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<AgentAddress> findActive(TenantId tenantId, UserId userId) {
		return this.jdbc.sql("""
				SELECT tenant_id, user_id, token FROM agent_address
				WHERE tenant_id = :tenantId AND user_id = :userId AND revoked_at IS NULL
				""")
			.param("tenantId", tenantId.value())
			.param("userId", userId.value())
			.query((rs, row) -> address(rs.getObject("tenant_id", UUID.class), rs.getObject("user_id", UUID.class),
					rs.getString("token")))
			.optional();
	}

	@Override
	public Optional<AgentAddress> findByToken(String token) {
		return this.jdbc
			.sql("SELECT tenant_id, user_id, token FROM agent_address WHERE token = :token AND revoked_at IS NULL")
			.param("token", token)
			.query((rs, row) -> address(rs.getObject("tenant_id", UUID.class), rs.getObject("user_id", UUID.class),
					rs.getString("token")))
			.optional();
	}

	/** Revokes and inserts in the caller's transaction (the use case owns it). */
	@Override
	public AgentAddress replace(AgentAddress address) {
		this.jdbc.sql("""
				UPDATE agent_address SET revoked_at = now()
				WHERE tenant_id = :tenantId AND user_id = :userId AND revoked_at IS NULL
				""").param("tenantId", address.tenantId().value()).param("userId", address.userId().value()).update();
		this.jdbc.sql("INSERT INTO agent_address (token, tenant_id, user_id) VALUES (:token, :tenantId, :userId)")
			.param("token", address.token())
			.param("tenantId", address.tenantId().value())
			.param("userId", address.userId().value())
			.update();
		return address;
	}

	private static AgentAddress address(UUID tenantId, UUID userId, String token) {
		return new AgentAddress(new TenantId(tenantId), new UserId(userId), token);
	}

}
