package se.postboxen.kollegan.adapter.persistence.chat;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.chat.ChatInstallStates;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Used install states in {@code chat_install_state}: the primary key makes the second use
 * fail in the database itself, whichever instance it reaches.
 */
@Component
class JdbcChatInstallStates implements ChatInstallStates {

	private final JdbcClient jdbc;

	JdbcChatInstallStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean useOnce(TenantId tenantId, String nonce, Instant expiresAt) {
		// States a day past their expiry are refused for that alone; their marks can go.
		this.jdbc.sql("DELETE FROM chat_install_state WHERE expires_at < now() - interval '1 day'").update();
		return this.jdbc.sql("""
				INSERT INTO chat_install_state (nonce, tenant_id, expires_at) VALUES (:nonce, :tenantId, :expiresAt)
				ON CONFLICT (nonce) DO NOTHING
				""")
			.param("nonce", nonce)
			.param("tenantId", tenantId.value())
			.param("expiresAt", Timestamp.from(expiresAt))
			.update() == 1;
	}

}
