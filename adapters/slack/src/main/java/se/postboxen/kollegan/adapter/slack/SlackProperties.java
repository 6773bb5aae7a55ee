package se.postboxen.kollegan.adapter.slack;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.PropertyResolver;
import org.springframework.validation.annotation.Validated;

/**
 * Kollegan's Slack app. Each setting may also come by the name Slack's own tools use
 * ({@code SLACK_SIGNING_SECRET}, {@code SLACK_BOT_TOKEN}, {@code SLACK_CLIENT_ID},
 * {@code SLACK_CLIENT_SECRET}). Without a signing secret Slack is not offered, except in
 * development, where {@link #DEMO_SIGNING_SECRET} lets a signed request from the demo
 * team be tried locally.
 *
 * @param signingSecret the app's signing secret (Basic Information → App Credentials):
 * every request to {@code /slack/events} must be signed with it
 * @param botToken the bot user's OAuth token ({@code xoxb-…}) for replies, consent cards
 * and addresses; without it nothing is posted to channels and addresses are not asked
 * @param clientId the app's client id, for installing it into further workspaces
 * @param clientSecret the app's client secret, for the same
 * @param apiUrl Slack's Web API root (a test points it elsewhere)
 * @param responseUrlBase answers to a command go only to response URLs under this root,
 * so that a request forged with a leaked signing secret cannot make Kollegan post
 * anywhere else
 * @param timeout the longest a call to Slack may take
 * @param authorizeUrl where an administrator is sent to install the app into a workspace
 * (a test points it elsewhere)
 * @param scopes the bot scopes the install asks for: those of
 * {@code manifests/slack/manifest.yml}
 */
@Validated
@ConfigurationProperties("kollegan.slack")
public record SlackProperties(@Nullable String signingSecret,
		@Nullable @Pattern(regexp = "xoxb-.+", message = "must be a bot token (xoxb-…)") String botToken,
		@Nullable String clientId, @Nullable String clientSecret, @DefaultValue("https://slack.com/api/") URI apiUrl,
		@DefaultValue("https://hooks.slack.com/") URI responseUrlBase, @DefaultValue("10s") Duration timeout,
		@DefaultValue("https://slack.com/oauth/v2/authorize") URI authorizeUrl, @DefaultValue( {
				"commands", "chat:write", "users:read",
				"users:read.email" }) List<@Pattern(regexp = "[a-z.:_]{1,60}") String> scopes){

	/**
	 * Documented in {@code docs/configuration.md} and so known to everyone: accepted in
	 * development only, never in production.
	 */
	public static final String DEMO_SIGNING_SECRET = "kollegan-demo-slack-signing-secret";

	/**
	 * These settings with the conventional environment names filling the gaps, and the
	 * demo signing secret when there is still none and the instance runs in development.
	 */
	public SlackProperties withFallbacks(PropertyResolver environment) {
		String token = first(this.botToken, environment.getProperty("SLACK_BOT_TOKEN"));
		if (token != null && !token.startsWith("xoxb-")) {
			throw new IllegalStateException("SLACK_BOT_TOKEN must be a bot token (xoxb-…)");
		}
		return new SlackProperties(first(this.signingSecret, signingSecret(environment)), token,
				first(this.clientId, environment.getProperty("SLACK_CLIENT_ID")),
				first(this.clientSecret, environment.getProperty("SLACK_CLIENT_SECRET")), this.apiUrl,
				this.responseUrlBase, this.timeout, this.authorizeUrl, this.scopes);
	}

	/**
	 * The signing secret from {@code kollegan.slack.signing-secret}, else
	 * {@code SLACK_SIGNING_SECRET}, else, only when {@code kollegan.mode} is
	 * {@code development} (or unset), the demo secret.
	 */
	static @Nullable String signingSecret(PropertyResolver environment) {
		String configured = first(environment.getProperty("kollegan.slack.signing-secret"),
				environment.getProperty("SLACK_SIGNING_SECRET"));
		if (configured != null) {
			return configured;
		}
		// Strictly "development": a mistyped mode must not open the demo secret.
		String mode = environment.getProperty("kollegan.mode", "development").strip().toLowerCase(Locale.ROOT);
		return mode.equals("development") ? DEMO_SIGNING_SECRET : null;
	}

	public boolean canPost() {
		return this.botToken != null;
	}

	/**
	 * Whether administrators can install the app into their workspace: the app's client
	 * id and secret are known.
	 */
	public boolean canInstall() {
		return this.clientId != null && !this.clientId.isBlank() && this.clientSecret != null
				&& !this.clientSecret.isBlank();
	}

	private static @Nullable String first(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip();
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return "SlackProperties[clientId=" + this.clientId + ", apiUrl=" + this.apiUrl + ", botToken="
				+ ((this.botToken != null) ? "(set)" : "(none)") + ", clientSecret="
				+ ((this.clientSecret != null) ? "(set)" : "(none)") + "]";
	}

}
