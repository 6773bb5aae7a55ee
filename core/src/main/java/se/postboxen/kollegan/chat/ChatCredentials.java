package se.postboxen.kollegan.chat;

import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * The credentials each chat workspace granted Kollegan, per tenant: stored encrypted, so
 * that a copy of the database alone does not let anyone post as Kollegan. A workspace's
 * credentials belong to the tenant the workspace is linked to
 * ({@link ChatInstallations}); they are erased with the tenant.
 */
public interface ChatCredentials {

	/**
	 * Stores (or replaces) the credentials of a workspace linked to the tenant.
	 * @return {@code false}, with nothing written, when another tenant holds the
	 * workspace's credentials
	 */
	boolean store(TenantId tenantId, ChatPlatformKind platform, WorkspaceCredentials credentials);

	/** The workspace's credentials, decrypted, when Kollegan holds any. */
	Optional<WorkspaceCredentials> find(ChatPlatformKind platform, String workspaceId);

	/**
	 * Forgets the credentials (revoked, uninstalled) and keeps the link to the tenant.
	 * @return whether there were any
	 */
	boolean remove(ChatPlatformKind platform, String workspaceId);

	/**
	 * Unlinks the workspace from the tenant and forgets its credentials.
	 * @return whether the tenant had the workspace
	 */
	boolean disconnect(TenantId tenantId, ChatPlatformKind platform, String workspaceId);

	/**
	 * The tenant's linked workspaces on every platform, oldest first, without secrets.
	 */
	List<ChatWorkspace> workspaces(TenantId tenantId);

}
