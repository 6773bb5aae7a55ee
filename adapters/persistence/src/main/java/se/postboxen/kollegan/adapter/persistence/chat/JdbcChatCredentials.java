package se.postboxen.kollegan.adapter.persistence.chat;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.chat.ChatCredentials;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatWorkspace;
import se.postboxen.kollegan.chat.WorkspaceCredentials;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Workspaces' credentials in {@code chat_credential}, token and bot user id encrypted by
 * {@link CredentialCipher} and bound to their row (platform, workspace, tenant and
 * column); the link to the tenant is {@code chat_installation}'s, which this store reads
 * for listing and removes on disconnect.
 */
@Component
class JdbcChatCredentials implements ChatCredentials {

	private final JdbcClient jdbc;

	private final CredentialCipher cipher;

	JdbcChatCredentials(JdbcClient jdbc, CredentialCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** Replaces only the same tenant's row: another tenant's is left as it is. */
	@Override
	public boolean store(TenantId tenantId, ChatPlatformKind platform, WorkspaceCredentials credentials) {
		String workspaceId = credentials.workspaceId();
		return this.jdbc.sql("""
				INSERT INTO chat_credential (platform, workspace_id, tenant_id, workspace_name, key_id, bot_token,
				    bot_user_id, scopes)
				VALUES (:platform, :workspaceId, :tenantId, :name, :keyId, :token, :botUserId, :scopes)
				ON CONFLICT (platform, workspace_id) DO UPDATE SET workspace_name = excluded.workspace_name,
				    key_id = excluded.key_id, bot_token = excluded.bot_token, bot_user_id = excluded.bot_user_id,
				    scopes = excluded.scopes, stored_at = now()
				WHERE chat_credential.tenant_id = excluded.tenant_id
				""")
			.param("platform", platform.name())
			.param("workspaceId", workspaceId)
			.param("tenantId", tenantId.value())
			.param("name", credentials.workspaceName())
			.param("keyId", this.cipher.currentKeyId())
			.param("token",
					this.cipher.encrypt(credentials.botToken(),
							associatedData(platform, workspaceId, tenantId, "bot_token")))
			.param("botUserId",
					this.cipher.encrypt(credentials.botUserId(),
							associatedData(platform, workspaceId, tenantId, "bot_user_id")))
			.param("scopes", String.join(",", credentials.scopes()))
			.update() == 1;
	}

	@Override
	public Optional<WorkspaceCredentials> find(ChatPlatformKind platform, String workspaceId) {
		return this.jdbc.sql("""
				SELECT tenant_id, workspace_name, key_id, bot_token, bot_user_id, scopes FROM chat_credential
				WHERE platform = :platform AND workspace_id = :workspaceId
				""")
			.param("platform", platform.name())
			.param("workspaceId", workspaceId)
			.query((rs, row) -> decrypt(platform, workspaceId, rs))
			.optional();
	}

	private WorkspaceCredentials decrypt(ChatPlatformKind platform, String workspaceId, ResultSet rs)
			throws SQLException {
		TenantId tenantId = new TenantId(rs.getObject("tenant_id", UUID.class));
		String keyId = rs.getString("key_id");
		String token = this.cipher.decrypt(keyId, rs.getBytes("bot_token"),
				associatedData(platform, workspaceId, tenantId, "bot_token"));
		String botUserId = this.cipher.decrypt(keyId, rs.getBytes("bot_user_id"),
				associatedData(platform, workspaceId, tenantId, "bot_user_id"));
		return new WorkspaceCredentials(workspaceId, rs.getString("workspace_name"), botUserId, token,
				scopes(rs.getString("scopes")));
	}

	@Override
	public boolean remove(ChatPlatformKind platform, String workspaceId) {
		return this.jdbc.sql("DELETE FROM chat_credential WHERE platform = :platform AND workspace_id = :workspaceId")
			.param("platform", platform.name())
			.param("workspaceId", workspaceId)
			.update() > 0;
	}

	@Override
	public boolean disconnect(TenantId tenantId, ChatPlatformKind platform, String workspaceId) {
		this.jdbc.sql("""
				DELETE FROM chat_credential
				WHERE platform = :platform AND workspace_id = :workspaceId AND tenant_id = :tenantId
				""")
			.param("platform", platform.name())
			.param("workspaceId", workspaceId)
			.param("tenantId", tenantId.value())
			.update();
		return this.jdbc.sql("""
				DELETE FROM chat_installation
				WHERE platform = :platform AND workspace_id = :workspaceId AND tenant_id = :tenantId
				""")
			.param("platform", platform.name())
			.param("workspaceId", workspaceId)
			.param("tenantId", tenantId.value())
			.update() > 0;
	}

	@Override
	public List<ChatWorkspace> workspaces(TenantId tenantId) {
		return this.jdbc.sql("""
				SELECT i.platform, i.workspace_id, i.installed_at, c.workspace_name, c.scopes,
				    c.workspace_id IS NOT NULL AS stored
				FROM chat_installation i
				LEFT JOIN chat_credential c ON c.platform = i.platform AND c.workspace_id = i.workspace_id
				    AND c.tenant_id = i.tenant_id
				WHERE i.tenant_id = :tenantId
				ORDER BY i.installed_at, i.platform, i.workspace_id
				""")
			.param("tenantId", tenantId.value())
			.query((rs, row) -> new ChatWorkspace(ChatPlatformKind.valueOf(rs.getString("platform")),
					rs.getString("workspace_id"), rs.getString("workspace_name"),
					rs.getTimestamp("installed_at").toInstant(), rs.getBoolean("stored"),
					scopes(rs.getString("scopes"))))
			.list();
	}

	/**
	 * What a value is bound to: decrypting it anywhere else (another workspace, tenant or
	 * column) fails.
	 */
	static byte[] associatedData(ChatPlatformKind platform, String workspaceId, TenantId tenantId, String column) {
		return String.join("|", "chat_credential", platform.name(), workspaceId, tenantId.value().toString(), column)
			.getBytes(StandardCharsets.UTF_8);
	}

	private static List<String> scopes(String scopes) {
		return (scopes == null || scopes.isBlank()) ? List.of()
				: Arrays.stream(scopes.split(",")).map(String::strip).filter(scope -> !scope.isEmpty()).toList();
	}

}
