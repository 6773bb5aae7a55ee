package se.postboxen.kollegan.adapter.persistence.chat;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcChatInstallations implements ChatInstallations {

	private final JdbcClient jdbc;

	JdbcChatInstallations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<TenantId> tenantOf(ChatPlatformKind platform, String workspaceId) {
		return this.jdbc
			.sql("SELECT tenant_id FROM chat_installation WHERE platform = :platform AND workspace_id = :workspaceId")
			.param("platform", platform.name())
			.param("workspaceId", workspaceId)
			.query(UUID.class)
			.optional()
			.map(TenantId::new);
	}

	/** A workspace moved to another tenant is moved, not doubled. */
	@Override
	public void install(ChatPlatformKind platform, String workspaceId, TenantId tenantId) {
		this.jdbc.sql("""
				INSERT INTO chat_installation (platform, workspace_id, tenant_id) VALUES (:platform, :workspaceId,
				    :tenantId)
				ON CONFLICT (platform, workspace_id) DO UPDATE SET tenant_id = excluded.tenant_id, installed_at = now()
				""")
			.param("platform", platform.name())
			.param("workspaceId", workspaceId)
			.param("tenantId", tenantId.value())
			.update();
	}

}
