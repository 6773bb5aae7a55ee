package se.postboxen.kollegan.adapter.graph;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Microsoft Graph: Kollegan's multi-tenant app registration (each customer's
 * administrator consents to it for their directory) and where Microsoft sends change
 * notifications. Without a client id and secret, Microsoft 365 is simply not offered.
 *
 * @param notificationUrl the public https address of {@code /api/graph/notifications}
 * @param lifecycleUrl the public https address of {@code /api/graph/lifecycle}
 * @param baseUrl Graph's v1.0 root (a test points it elsewhere)
 * @param loginUrl Entra ID's token endpoint root
 * @param agentMailbox the agent's own mailbox, read for invitations when set
 * @param agentMailboxDirectory the directory (Entra tenant) that mailbox lives in
 */
@Validated
@ConfigurationProperties("kollegan.graph")
public record GraphProperties(@Nullable String clientId, @Nullable String clientSecret, @Nullable URI notificationUrl,
		@Nullable URI lifecycleUrl, @DefaultValue("https://graph.microsoft.com/v1.0") URI baseUrl,
		@DefaultValue("https://login.microsoftonline.com") URI loginUrl, @Nullable String agentMailbox,
		@Nullable String agentMailboxDirectory) {

	public boolean configured() {
		return notBlank(this.clientId) && notBlank(this.clientSecret) && this.notificationUrl != null
				&& this.lifecycleUrl != null;
	}

	/**
	 * Whether the app registration itself is named: enough for calls with its app-only
	 * tokens (Planner, transcripts), which need no notification addresses.
	 */
	public boolean appConfigured() {
		return notBlank(this.clientId) && notBlank(this.clientSecret);
	}

	public boolean mailboxConfigured() {
		return notBlank(this.clientId) && notBlank(this.clientSecret) && notBlank(this.agentMailbox)
				&& notBlank(this.agentMailboxDirectory);
	}

	private static boolean notBlank(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "GraphProperties[clientId=" + this.clientId + ", baseUrl=" + this.baseUrl + "]";
	}

}
