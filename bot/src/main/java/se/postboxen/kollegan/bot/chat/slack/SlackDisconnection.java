package se.postboxen.kollegan.bot.chat.slack;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.slack.SlackInstaller;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.chat.ChatCredentials;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatWorkspaces;
import se.postboxen.kollegan.chat.WorkspaceCredentials;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * An administrator disconnecting a Slack workspace, from the API or the settings page:
 * forgotten here, and its token revoked at Slack too, so that no copy stays valid.
 */
@Component
public class SlackDisconnection {

	private static final Logger logger = LoggerFactory.getLogger(SlackDisconnection.class);

	private final ObjectProvider<SlackInstaller> installer;

	private final ChatWorkspaces workspaces;

	private final ChatCredentials credentials;

	SlackDisconnection(ObjectProvider<SlackInstaller> installer, ChatWorkspaces workspaces,
			ChatCredentials credentials) {
		this.installer = installer;
		this.workspaces = workspaces;
		this.credentials = credentials;
	}

	/** Whether the workspace was connected to the tenant (and now is not). */
	public boolean disconnect(TenantId tenantId, String teamId, Actor actor) {
		Optional<String> token = storedToken(teamId);
		if (!this.workspaces.disconnect(tenantId, ChatPlatformKind.SLACK, teamId, actor)) {
			return false;
		}
		token.ifPresent(bot -> this.installer.ifAvailable(slack -> slack.revoke(bot)));
		return true;
	}

	/** The token to revoke once the workspace is disconnected; none if unreadable. */
	private Optional<String> storedToken(String teamId) {
		try {
			return this.credentials.find(ChatPlatformKind.SLACK, teamId).map(WorkspaceCredentials::botToken);
		}
		catch (RuntimeException ex) {
			logger.warn("Stored Slack token not readable, disconnecting without revoking it: {}", ex.getMessage());
			return Optional.empty();
		}
	}

}
