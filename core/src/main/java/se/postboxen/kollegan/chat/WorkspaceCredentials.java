package se.postboxen.kollegan.chat;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a chat workspace granted Kollegan when an administrator installed it there: the
 * bot's token and the bot user's id in that workspace (a Slack team's {@code xoxb-…}
 * token and {@code U…} id). The token is a secret: stored encrypted, never logged, never
 * shown — {@link #toString()} leaves it out.
 *
 * @param workspaceId the platform's id of the workspace (a Slack team id)
 * @param workspaceName its name when it was installed, for administrators to recognise it
 * @param botUserId the bot user's id in the workspace ({@code tokens_revoked} names it)
 * @param botToken the bot token
 * @param scopes what the token may do, as the platform granted it
 */
public record WorkspaceCredentials(String workspaceId, @Nullable String workspaceName, String botUserId,
		String botToken, List<String> scopes) {

	public WorkspaceCredentials {
		Objects.requireNonNull(workspaceId, "workspaceId");
		Objects.requireNonNull(botUserId, "botUserId");
		Objects.requireNonNull(botToken, "botToken");
		if (workspaceId.isBlank() || botUserId.isBlank() || botToken.isBlank()) {
			throw new IllegalArgumentException("Workspace credentials need a workspace, bot user and token");
		}
		scopes = List.copyOf(scopes);
	}

	@Override
	public String toString() {
		return "WorkspaceCredentials[workspaceId=" + this.workspaceId + ", workspaceName=" + this.workspaceName
				+ ", botUserId=" + this.botUserId + ", botToken=(hidden), scopes=" + this.scopes + "]";
	}

}
