package se.postboxen.kollegan.bot;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

import se.postboxen.kollegan.adapter.persistence.chat.CredentialEncryptionProperties;

/**
 * Refuses to start a misconfigured instance before anything else is created (no embedded
 * server, no connection): in production every required setting and secret must be present
 * and not obviously weak, and the development identity provider and demo data must be
 * off; in development the identity provider runs only with demo data. Messages name the
 * settings, never their values.
 */
public final class DeploymentGuard implements BeanFactoryPostProcessor {

	/** Values that are placeholders, not secrets. */
	private static final Set<String> WEAK = Set.of("demo", "secret", "password", "changeme", "change-me", "test",
			"admin", "kollegan", "123456", "12345678", "qwerty", "letmein", "default",
			se.postboxen.kollegan.bot.invite.InviteProperties.DEMO_INBOUND_SECRET,
			se.postboxen.kollegan.bot.magiclink.MagicLinkProperties.DEMO_KEY,
			se.postboxen.kollegan.adapter.slack.SlackProperties.DEMO_SIGNING_SECRET,
			se.postboxen.kollegan.adapter.zoom.ZoomConfiguration.DEMO_WEBHOOK_SECRET_TOKEN);

	static final int MIN_SECRET_LENGTH = 16;

	private static final String ENCRYPTION_KEY = "kollegan.persistence.encryption.key (KOLLEGAN_ENCRYPTION_KEY)";

	private final Environment environment;

	public DeploymentGuard(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("Kollegan cannot start: " + String.join("; ", problems));
		}
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (DeploymentMode.production(this.environment)) {
			require(problems, "kollegan.persistence.url", "DATABASE_URL");
			require(problems, "kollegan.redis.url", "REDIS_URL");
			require(problems, "kollegan.security.issuers", "KOLLEGAN_TRUSTED_ISSUERS");
			require(problems, "kollegan.security.audience", "KOLLEGAN_API_AUDIENCE");
			require(problems, "kollegan.security.login.issuer-uri", "KOLLEGAN_LOGIN_ISSUER_URI");
			require(problems, "kollegan.security.login.client-id", "KOLLEGAN_LOGIN_CLIENT_ID");
			requireSecret(problems, "kollegan.security.login.client-secret", "KOLLEGAN_LOGIN_CLIENT_SECRET");
			require(problems, "kollegan.invite.domain", "KOLLEGAN_INVITE_DOMAIN");
			requireSecret(problems, "kollegan.invite.inbound-secret", "KOLLEGAN_INBOUND_SECRET");
			requireSecret(problems, "kollegan.magic-links.key", "KOLLEGAN_MAGIC_LINK_KEY");
			// Links in chat and mail must lead to the real, encrypted address.
			if (!this.environment.getProperty("kollegan.api.public-url", "").startsWith("https://")) {
				problems.add("kollegan.api.public-url (KOLLEGAN_PUBLIC_URL) must be an https:// address in production");
			}
			// Chat platforms are optional, but a configured one must not use a weak or
			// documented demo secret.
			optionalSecret(problems, "kollegan.slack.signing-secret", "SLACK_SIGNING_SECRET");
			optionalSecret(problems, "SLACK_SIGNING_SECRET", "SLACK_SIGNING_SECRET");
			optionalSecret(problems, "kollegan.zoom.webhook-secret-token", "ZOOM_WEBHOOK_SECRET_TOKEN");
			optionalSecret(problems, "ZOOM_WEBHOOK_SECRET_TOKEN", "ZOOM_WEBHOOK_SECRET_TOKEN");
			encryption(problems);
			if (DeploymentMode.devIdentityProvider(this.environment)) {
				problems.add("the development identity provider is not allowed in production (" + DeploymentMode.DEV_IDP
						+ ")");
			}
			if (DeploymentMode.demo(this.environment)) {
				problems.add("demo data is not allowed in production (" + DeploymentMode.DEMO + ", KOLLEGAN_DEMO)");
			}
		}
		else if (DeploymentMode.devIdentityProvider(this.environment) && !DeploymentMode.demo(this.environment)) {
			problems.add("the development identity provider runs only with demo data (" + DeploymentMode.DEV_IDP
					+ " needs " + DeploymentMode.DEMO + ")");
		}
		return problems;
	}

	/**
	 * Workspaces installed through Slack's install flow keep their bot token encrypted in
	 * the database: then a key is required, and any configured key must be a real one —
	 * 32 random bytes, not the documented development key.
	 */
	private void encryption(List<String> problems) {
		String key = first("kollegan.persistence.encryption.key", "KOLLEGAN_ENCRYPTION_KEY");
		boolean slackInstall = first("kollegan.slack.client-id", "SLACK_CLIENT_ID") != null;
		if (slackInstall) {
			if (first("kollegan.slack.client-secret", "SLACK_CLIENT_SECRET") == null) {
				problems.add("kollegan.slack.client-secret (SLACK_CLIENT_SECRET) is required in production when"
						+ " kollegan.slack.client-id (SLACK_CLIENT_ID) is set");
			}
			optionalSecret(problems, "kollegan.slack.client-secret", "SLACK_CLIENT_SECRET");
			optionalSecret(problems, "SLACK_CLIENT_SECRET", "SLACK_CLIENT_SECRET");
			if (key == null) {
				problems.add(ENCRYPTION_KEY + " is required in production when Slack's install flow is configured"
						+ " (SLACK_CLIENT_ID): workspaces' tokens are stored encrypted with it");
			}
		}
		if (key != null && !strongKey(key)) {
			problems.add(ENCRYPTION_KEY + " must be 32 random bytes in base64 (openssl rand -base64 32), not the"
					+ " documented development key");
		}
	}

	private static boolean strongKey(String key) {
		if (!CredentialEncryptionProperties.isKey(key)
				|| key.strip().equals(CredentialEncryptionProperties.DEVELOPMENT_KEY)) {
			return false;
		}
		// Random bytes hardly ever repeat much; a key of few distinct bytes (all zeros, a
		// pattern) was typed, not generated.
		byte[] bytes = Base64.getDecoder().decode(key.strip());
		Set<Byte> distinct = new HashSet<>();
		for (byte b : bytes) {
			distinct.add(b);
		}
		return distinct.size() >= 16;
	}

	private @Nullable String first(String... keys) {
		for (String key : keys) {
			String value = this.environment.getProperty(key);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	private void require(List<String> problems, String key, String variable) {
		String value = this.environment.getProperty(key);
		if (value == null || value.isBlank()) {
			problems.add(key + " (" + variable + ") is required in production");
		}
	}

	private void requireSecret(List<String> problems, String key, String variable) {
		String value = this.environment.getProperty(key);
		if (value == null || value.isBlank()) {
			problems.add(key + " (" + variable + ") is required in production");
		}
		else {
			optionalSecret(problems, key, variable);
		}
	}

	private void optionalSecret(List<String> problems, String key, String variable) {
		String value = this.environment.getProperty(key);
		if (value == null || value.isBlank()) {
			return;
		}
		if (value.length() < MIN_SECRET_LENGTH || WEAK.contains(value.strip().toLowerCase(Locale.ROOT))) {
			problems
				.add(key + " (" + variable + ") is too weak: use at least " + MIN_SECRET_LENGTH + " random characters");
		}
	}

}
