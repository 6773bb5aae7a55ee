package se.postboxen.kollegan.chat;

import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * Which tenant a chat workspace belongs to (a Slack team, a Zoom account): requests from
 * a workspace nobody installed Kollegan in are answered with nothing done.
 */
public interface ChatInstallations {

	Optional<TenantId> tenantOf(ChatPlatformKind platform, String workspaceId);

	void install(ChatPlatformKind platform, String workspaceId, TenantId tenantId);

}
