package se.postboxen.kollegan.adapter.persistence.chat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.chat.ChatCredentials;
import se.postboxen.kollegan.chat.ChatInstallStates;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.WorkspaceCredentials;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Workspaces' credentials in the real Postgres: encrypted at rest, readable back, another
 * tenant's row untouched, rows bound to where they were written, and install states used
 * once.
 */
@StoreIntegrationTest
class JdbcChatCredentialsIntegrationTests {

	static final String TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";

	@Autowired
	ChatCredentials credentials;

	@Autowired
	ChatInstallations installations;

	@Autowired
	ChatInstallStates states;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CredentialCipher cipher;

	static String team() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	static WorkspaceCredentials granted(String team, String token) {
		return new WorkspaceCredentials(team, "Kommun A", "U0KOLLEGAN", token, List.of("commands", "chat:write"));
	}

	TenantId linked(String team) {
		TenantId tenant = TestTenants.create(this.tenants);
		this.installations.install(ChatPlatformKind.SLACK, team, tenant);
		return tenant;
	}

	@Test
	void storesTheTokenEncryptedAndReadsItBack() {
		String team = team();
		TenantId tenant = linked(team);
		assertThat(this.credentials.store(tenant, ChatPlatformKind.SLACK, granted(team, TOKEN))).isTrue();

		byte[] column = this.jdbc.sql("SELECT bot_token FROM chat_credential WHERE workspace_id = :team")
			.param("team", team)
			.query(byte[].class)
			.single();
		assertThat(new String(column, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN).doesNotContain("xoxb");
		assertThat(HexFormat.of().formatHex(column))
			.doesNotContain(HexFormat.of().formatHex(TOKEN.getBytes(StandardCharsets.UTF_8)));
		assertThat(this.jdbc.sql("SELECT key_id FROM chat_credential WHERE workspace_id = :team")
			.param("team", team)
			.query(String.class)
			.single()).isEqualTo(this.cipher.currentKeyId());
		assertThat(this.jdbc.sql("SELECT count(*) FROM chat_credential WHERE workspace_id = :team"
				+ " AND (encode(bot_user_id, 'escape') LIKE '%U0KOLLEGAN%' OR encode(bot_token, 'escape') LIKE '%xoxb%')")
			.param("team", team)
			.query(Long.class)
			.single()).isZero();

		assertThat(this.credentials.find(ChatPlatformKind.SLACK, team)).hasValueSatisfying(found -> {
			assertThat(found.botToken()).isEqualTo(TOKEN);
			assertThat(found.botUserId()).isEqualTo("U0KOLLEGAN");
			assertThat(found.workspaceName()).isEqualTo("Kommun A");
			assertThat(found.scopes()).containsExactly("commands", "chat:write");
		});
	}

	@Test
	void anotherTenantCannotOverwriteAWorkspacesCredentials() {
		String team = team();
		TenantId owner = linked(team);
		this.credentials.store(owner, ChatPlatformKind.SLACK, granted(team, TOKEN));
		TenantId other = TestTenants.create(this.tenants);

		assertThat(this.credentials.store(other, ChatPlatformKind.SLACK, granted(team, "xoxb-attacker"))).isFalse();
		assertThat(this.credentials.find(ChatPlatformKind.SLACK, team).orElseThrow().botToken()).isEqualTo(TOKEN);
		assertThat(this.credentials.disconnect(other, ChatPlatformKind.SLACK, team)).isFalse();
		assertThat(this.credentials.find(ChatPlatformKind.SLACK, team)).isPresent();
	}

	@Test
	void aTokenCopiedIntoAnotherWorkspacesRowDoesNotDecrypt() {
		String first = team();
		String second = team();
		TenantId tenant = linked(first);
		this.installations.install(ChatPlatformKind.SLACK, second, tenant);
		this.credentials.store(tenant, ChatPlatformKind.SLACK, granted(first, TOKEN));
		this.credentials.store(tenant, ChatPlatformKind.SLACK, granted(second, "xoxb-second"));
		this.jdbc
			.sql("""
					UPDATE chat_credential SET bot_token = (SELECT bot_token FROM chat_credential WHERE workspace_id = :first)
					WHERE workspace_id = :second
					""")
			.param("first", first)
			.param("second", second)
			.update();

		assertThatIllegalStateException().isThrownBy(() -> this.credentials.find(ChatPlatformKind.SLACK, second))
			.withMessageNotContaining(TOKEN);
	}

	@Test
	void rowsWrittenBeforeAKeyRotationAreStillRead() {
		String team = team();
		TenantId tenant = linked(team);
		byte[] oldKey = new byte[32];
		new SecureRandom().nextBytes(oldKey);
		new JdbcChatCredentials(this.jdbc, new CredentialCipher(oldKey, List.of())).store(tenant,
				ChatPlatformKind.SLACK, granted(team, TOKEN));

		byte[] newKey = new byte[32];
		new SecureRandom().nextBytes(newKey);
		JdbcChatCredentials rotated = new JdbcChatCredentials(this.jdbc, new CredentialCipher(newKey, List.of(oldKey)));
		assertThat(rotated.find(ChatPlatformKind.SLACK, team).orElseThrow().botToken()).isEqualTo(TOKEN);
		// Written again (a reinstall), the row moves to the new key.
		rotated.store(tenant, ChatPlatformKind.SLACK, granted(team, TOKEN));
		assertThat(this.jdbc.sql("SELECT key_id FROM chat_credential WHERE workspace_id = :team")
			.param("team", team)
			.query(String.class)
			.single()).isEqualTo(CredentialCipher.keyId(newKey));
	}

	@Test
	void removingKeepsTheLinkAndDisconnectingRemovesBoth() {
		String team = team();
		TenantId tenant = linked(team);
		this.credentials.store(tenant, ChatPlatformKind.SLACK, granted(team, TOKEN));
		assertThat(this.credentials.workspaces(tenant)).singleElement().satisfies(workspace -> {
			assertThat(workspace.workspaceId()).isEqualTo(team);
			assertThat(workspace.credentialsStored()).isTrue();
			assertThat(workspace.name()).isEqualTo("Kommun A");
			assertThat(workspace.toString()).doesNotContain("xoxb");
		});

		assertThat(this.credentials.remove(ChatPlatformKind.SLACK, team)).isTrue();
		assertThat(this.credentials.find(ChatPlatformKind.SLACK, team)).isEmpty();
		assertThat(this.installations.tenantOf(ChatPlatformKind.SLACK, team)).contains(tenant);
		assertThat(this.credentials.workspaces(tenant)).singleElement()
			.satisfies(workspace -> assertThat(workspace.credentialsStored()).isFalse());

		this.credentials.store(tenant, ChatPlatformKind.SLACK, granted(team, TOKEN));
		assertThat(this.credentials.disconnect(tenant, ChatPlatformKind.SLACK, team)).isTrue();
		assertThat(this.installations.tenantOf(ChatPlatformKind.SLACK, team)).isEmpty();
		assertThat(this.credentials.find(ChatPlatformKind.SLACK, team)).isEmpty();
		assertThat(this.credentials.workspaces(tenant)).isEmpty();
	}

	@Test
	void anInstallStateIsUsedOnce() {
		TenantId tenant = TestTenants.create(this.tenants);
		String nonce = UUID.randomUUID().toString();
		Instant expiresAt = Instant.now().plusSeconds(600);
		assertThat(this.states.useOnce(tenant, nonce, expiresAt)).isTrue();
		assertThat(this.states.useOnce(tenant, nonce, expiresAt)).isFalse();
		assertThat(this.states.useOnce(tenant, UUID.randomUUID().toString(), expiresAt)).isTrue();
	}

}
