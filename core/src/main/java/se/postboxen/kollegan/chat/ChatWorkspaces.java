package se.postboxen.kollegan.chat;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use cases: the chat workspaces a tenant's administrators connect Kollegan to (installed
 * through the platform's install flow), disconnect, and that the platform itself tells
 * Kollegan to let go of (uninstalled, token revoked). A workspace belongs to one tenant:
 * one linked elsewhere is refused with nothing changed. Every change is audited, without
 * any secret.
 */
public final class ChatWorkspaces {

	private final ChatInstallations installations;

	private final ChatCredentials credentials;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	public ChatWorkspaces(ChatInstallations installations, ChatCredentials credentials, AuditLog auditLog,
			Transactions transactions, Clock clock) {
		this.installations = installations;
		this.credentials = credentials;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Links the workspace to the tenant and keeps its credentials, in one transaction.
	 * The link is checked first and the credentials' own row guards it again, so two
	 * tenants installing the same workspace at once cannot both win.
	 */
	public Connection connect(TenantId tenantId, ChatPlatformKind platform, WorkspaceCredentials granted, Actor actor) {
		try {
			return this.transactions.inTransaction(() -> {
				Optional<TenantId> linked = this.installations.tenantOf(platform, granted.workspaceId());
				if (linked.isPresent() && !linked.get().equals(tenantId)) {
					return Connection.TAKEN;
				}
				this.installations.install(platform, granted.workspaceId(), tenantId);
				if (!this.credentials.store(tenantId, platform, granted)) {
					// Rolls the link back too.
					throw new WorkspaceTaken();
				}
				audit(tenantId, actor, "chat.workspace.connected", platform, granted.workspaceId(),
						Map.of("scopes", String.join(",", granted.scopes())));
				return Connection.CONNECTED;
			});
		}
		catch (WorkspaceTaken ex) {
			return Connection.TAKEN;
		}
	}

	/**
	 * Unlinks a workspace of the tenant and forgets its credentials.
	 * @return whether the tenant had it
	 */
	public boolean disconnect(TenantId tenantId, ChatPlatformKind platform, String workspaceId, Actor actor) {
		return this.transactions.inTransaction(() -> {
			boolean had = this.credentials.disconnect(tenantId, platform, workspaceId);
			if (had) {
				audit(tenantId, actor, "chat.workspace.disconnected", platform, workspaceId, Map.of());
			}
			return had;
		});
	}

	/**
	 * The platform says Kollegan's token no longer works there (uninstalled, revoked): it
	 * is forgotten, and the workspace stays linked so that administrators see it needs
	 * installing again.
	 * @param botUserIds the bot users whose tokens were revoked, or {@code null} for all
	 * @param reason the platform's word for it, for the audit trail
	 * @return whether a stored token was forgotten
	 */
	public boolean revoked(ChatPlatformKind platform, String workspaceId, @Nullable Collection<String> botUserIds,
			String reason) {
		return this.transactions.inTransaction(() -> {
			Optional<TenantId> tenantId = this.installations.tenantOf(platform, workspaceId);
			Optional<WorkspaceCredentials> stored = this.credentials.find(platform, workspaceId);
			if (tenantId.isEmpty() || stored.isEmpty()
					|| (botUserIds != null && !botUserIds.contains(stored.get().botUserId()))) {
				return false;
			}
			this.credentials.remove(platform, workspaceId);
			audit(tenantId.get(), Actor.integration(platform.name().toLowerCase(Locale.ROOT)), "chat.workspace.revoked",
					platform, workspaceId, Map.of("reason", reason));
			return true;
		});
	}

	/** The tenant's workspaces, for administrators: no secrets. */
	public List<ChatWorkspace> workspaces(TenantId tenantId) {
		return this.credentials.workspaces(tenantId);
	}

	private void audit(TenantId tenantId, Actor actor, String action, ChatPlatformKind platform, String workspaceId,
			Map<String, String> details) {
		Map<String, String> all = new LinkedHashMap<>(details);
		all.put("platform", platform.name());
		this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), actor, action, "chat_workspace",
				platform.name() + ":" + workspaceId, all));
	}

	/** What came of connecting a workspace. */
	public enum Connection {

		/** Linked to the tenant, with its credentials kept. */
		CONNECTED,

		/** Linked to another tenant: nothing changed. */
		TAKEN

	}

	/** Unwinds the transaction when the credentials turn out to be another tenant's. */
	private static final class WorkspaceTaken extends RuntimeException {

		WorkspaceTaken() {
			super("workspace linked to another tenant", null, false, false);
		}

	}

}
