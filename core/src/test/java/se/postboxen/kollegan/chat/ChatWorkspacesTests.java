package se.postboxen.kollegan.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connecting, disconnecting and revoking chat workspaces against in-memory stores whose
 * transaction really rolls back, as Postgres does.
 */
class ChatWorkspacesTests {

	static final TenantId A = TenantId.newId();

	static final TenantId B = TenantId.newId();

	static final Actor ADMIN = Actor.user("admin-a");

	final Map<String, TenantId> links = new HashMap<>();

	final Map<String, TenantId> owners = new HashMap<>();

	final Map<String, WorkspaceCredentials> stored = new HashMap<>();

	final List<AuditEvent> audit = new ArrayList<>();

	final ChatInstallations installations = new ChatInstallations() {

		@Override
		public Optional<TenantId> tenantOf(ChatPlatformKind platform, String workspaceId) {
			return Optional.ofNullable(ChatWorkspacesTests.this.links.get(workspaceId));
		}

		@Override
		public void install(ChatPlatformKind platform, String workspaceId, TenantId tenantId) {
			ChatWorkspacesTests.this.links.put(workspaceId, tenantId);
		}

	};

	final ChatCredentials credentials = new ChatCredentials() {

		@Override
		public boolean store(TenantId tenantId, ChatPlatformKind platform, WorkspaceCredentials credentials) {
			TenantId owner = ChatWorkspacesTests.this.owners.get(credentials.workspaceId());
			if (owner != null && !owner.equals(tenantId)) {
				return false;
			}
			ChatWorkspacesTests.this.owners.put(credentials.workspaceId(), tenantId);
			ChatWorkspacesTests.this.stored.put(credentials.workspaceId(), credentials);
			return true;
		}

		@Override
		public Optional<WorkspaceCredentials> find(ChatPlatformKind platform, String workspaceId) {
			return Optional.ofNullable(ChatWorkspacesTests.this.stored.get(workspaceId));
		}

		@Override
		public boolean remove(ChatPlatformKind platform, String workspaceId) {
			ChatWorkspacesTests.this.owners.remove(workspaceId);
			return ChatWorkspacesTests.this.stored.remove(workspaceId) != null;
		}

		@Override
		public boolean disconnect(TenantId tenantId, ChatPlatformKind platform, String workspaceId) {
			if (!tenantId.equals(ChatWorkspacesTests.this.links.get(workspaceId))) {
				return false;
			}
			ChatWorkspacesTests.this.links.remove(workspaceId);
			remove(platform, workspaceId);
			return true;
		}

		@Override
		public List<ChatWorkspace> workspaces(TenantId tenantId) {
			return List.of();
		}

	};

	/** Undoes every store's changes when the work throws, as a rollback does. */
	final Transactions transactions = new Transactions() {

		@Override
		public <T> T inTransaction(Supplier<T> work) {
			Map<String, TenantId> links = new HashMap<>(ChatWorkspacesTests.this.links);
			Map<String, TenantId> owners = new HashMap<>(ChatWorkspacesTests.this.owners);
			Map<String, WorkspaceCredentials> stored = new HashMap<>(ChatWorkspacesTests.this.stored);
			int audited = ChatWorkspacesTests.this.audit.size();
			try {
				return work.get();
			}
			catch (RuntimeException ex) {
				restore(ChatWorkspacesTests.this.links, links);
				restore(ChatWorkspacesTests.this.owners, owners);
				restore(ChatWorkspacesTests.this.stored, stored);
				ChatWorkspacesTests.this.audit.subList(audited, ChatWorkspacesTests.this.audit.size()).clear();
				throw ex;
			}
		}

		@Override
		public void afterCommit(Runnable action) {
			action.run();
		}

	};

	final ChatWorkspaces workspaces = new ChatWorkspaces(this.installations, this.credentials, new AuditLog() {

		@Override
		public void record(AuditEvent event) {
			ChatWorkspacesTests.this.audit.add(event);
		}

		@Override
		public List<AuditEvent> recent(TenantId tenantId, int limit) {
			return List.of();
		}

	}, this.transactions, Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC));

	static <K, V> void restore(Map<K, V> target, Map<K, V> snapshot) {
		target.clear();
		target.putAll(snapshot);
	}

	static WorkspaceCredentials granted(String team) {
		return new WorkspaceCredentials(team, "Kommun A", "U0KOLLEGAN",
				"xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy", List.of("commands", "chat:write"));
	}

	@Test
	void connectingLinksTheWorkspaceKeepsItsTokenAndAuditsWithoutIt() {
		assertThat(this.workspaces.connect(A, ChatPlatformKind.SLACK, granted("T0KOMMUNA"), ADMIN))
			.isEqualTo(ChatWorkspaces.Connection.CONNECTED);
		assertThat(this.links).containsEntry("T0KOMMUNA", A);
		assertThat(this.stored).containsKey("T0KOMMUNA");
		assertThat(this.audit).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("chat.workspace.connected");
			assertThat(event.subjectId()).isEqualTo("SLACK:T0KOMMUNA");
			assertThat(event.actor()).isEqualTo(ADMIN);
			assertThat(event.details().toString()).doesNotContain("xoxb-");
		});
	}

	@Test
	void aWorkspaceLinkedToAnotherTenantIsRefusedWithNothingChanged() {
		this.links.put("T0KOMMUNA", B);
		assertThat(this.workspaces.connect(A, ChatPlatformKind.SLACK, granted("T0KOMMUNA"), ADMIN))
			.isEqualTo(ChatWorkspaces.Connection.TAKEN);
		assertThat(this.links).containsEntry("T0KOMMUNA", B);
		assertThat(this.stored).isEmpty();
		assertThat(this.audit).isEmpty();
	}

	@Test
	void credentialsHeldByAnotherTenantRollTheLinkBack() {
		// Another tenant's install won the race: its credentials are stored, and the link
		// this one wrote in the meantime must not survive.
		this.owners.put("T0KOMMUNA", B);
		assertThat(this.workspaces.connect(A, ChatPlatformKind.SLACK, granted("T0KOMMUNA"), ADMIN))
			.isEqualTo(ChatWorkspaces.Connection.TAKEN);
		assertThat(this.links).doesNotContainKey("T0KOMMUNA");
		assertThat(this.audit).isEmpty();
	}

	@Test
	void reinstallingIntoTheSameTenantReplacesTheToken() {
		this.workspaces.connect(A, ChatPlatformKind.SLACK, granted("T0KOMMUNA"), ADMIN);
		WorkspaceCredentials again = new WorkspaceCredentials("T0KOMMUNA", "Kommun A", "U0KOLLEGAN", "xoxb-new",
				List.of("commands"));
		assertThat(this.workspaces.connect(A, ChatPlatformKind.SLACK, again, ADMIN))
			.isEqualTo(ChatWorkspaces.Connection.CONNECTED);
		assertThat(this.stored.get("T0KOMMUNA").botToken()).isEqualTo("xoxb-new");
	}

	@Test
	void disconnectingIsForTheOwningTenantOnly() {
		this.workspaces.connect(A, ChatPlatformKind.SLACK, granted("T0KOMMUNA"), ADMIN);
		assertThat(this.workspaces.disconnect(B, ChatPlatformKind.SLACK, "T0KOMMUNA", Actor.user("admin-b"))).isFalse();
		assertThat(this.stored).containsKey("T0KOMMUNA");
		assertThat(this.workspaces.disconnect(A, ChatPlatformKind.SLACK, "T0KOMMUNA", ADMIN)).isTrue();
		assertThat(this.links).isEmpty();
		assertThat(this.stored).isEmpty();
		assertThat(this.audit).extracting(AuditEvent::action)
			.containsExactly("chat.workspace.connected", "chat.workspace.disconnected");
	}

	@Test
	void aRevokedTokenIsForgottenOnlyWhenItIsOurBotsAndTheLinkStays() {
		this.workspaces.connect(A, ChatPlatformKind.SLACK, granted("T0KOMMUNA"), ADMIN);
		assertThat(this.workspaces.revoked(ChatPlatformKind.SLACK, "T0KOMMUNA", List.of("U0SOMEONE"), "tokens_revoked"))
			.isFalse();
		assertThat(this.stored).containsKey("T0KOMMUNA");
		assertThat(
				this.workspaces.revoked(ChatPlatformKind.SLACK, "T0KOMMUNA", List.of("U0KOLLEGAN"), "tokens_revoked"))
			.isTrue();
		assertThat(this.stored).isEmpty();
		assertThat(this.links).containsEntry("T0KOMMUNA", A);
		assertThat(this.audit.get(1).action()).isEqualTo("chat.workspace.revoked");
		assertThat(this.audit.get(1).tenantId()).isEqualTo(A);
		assertThat(this.audit.get(1).details()).containsEntry("reason", "tokens_revoked");
	}

	@Test
	void anUninstallForgetsTheTokenWhicheverBotUserItNames() {
		this.workspaces.connect(A, ChatPlatformKind.SLACK, granted("T0KOMMUNA"), ADMIN);
		assertThat(this.workspaces.revoked(ChatPlatformKind.SLACK, "T0KOMMUNA", null, "app_uninstalled")).isTrue();
		assertThat(this.stored).isEmpty();
		assertThat(this.workspaces.revoked(ChatPlatformKind.SLACK, "T0KOMMUNA", null, "app_uninstalled")).isFalse();
	}

	@Test
	void theTokenNeverShowsInText() {
		assertThat(granted("T0KOMMUNA").toString()).doesNotContain("xoxb-").contains("T0KOMMUNA");
	}

}
