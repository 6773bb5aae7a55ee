package se.postboxen.kollegan.chat;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A chat workspace linked to a tenant, as administrators see it: never with its secrets.
 *
 * @param name the workspace's name when it was installed, if known
 * @param linkedAt when it was linked to the tenant
 * @param credentialsStored whether Kollegan holds a token of its own for it (installed
 * through the install flow and not revoked since)
 * @param scopes what that token may do; empty without one
 */
public record ChatWorkspace(ChatPlatformKind platform, String workspaceId, @Nullable String name, Instant linkedAt,
		boolean credentialsStored, List<String> scopes) {

	public ChatWorkspace {
		Objects.requireNonNull(platform, "platform");
		Objects.requireNonNull(workspaceId, "workspaceId");
		Objects.requireNonNull(linkedAt, "linkedAt");
		scopes = List.copyOf(scopes);
	}

}
