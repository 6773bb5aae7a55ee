package se.postboxen.kollegan.bot;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import se.postboxen.kollegan.adapter.persistence.chat.CredentialEncryptionProperties;
import se.postboxen.kollegan.bot.invite.InviteProperties;

import static org.assertj.core.api.Assertions.assertThat;

class DeploymentGuardTests {

	private static MockEnvironment production() {
		return new MockEnvironment().withProperty("kollegan.mode", "production");
	}

	private static MockEnvironment completeProduction() {
		return production().withProperty("kollegan.persistence.url", "postgres://u:p@db.example/k?sslmode=require")
			.withProperty("kollegan.redis.url", "rediss://:p@cache.example:6380")
			.withProperty("kollegan.security.issuers", "https://login.microsoftonline.com/tid/v2.0")
			.withProperty("kollegan.security.audience", "api://kollegan")
			.withProperty("kollegan.security.login.issuer-uri", "https://login.microsoftonline.com/tid/v2.0")
			.withProperty("kollegan.security.login.client-id", "2f0c…")
			.withProperty("kollegan.security.login.client-secret", "k7Q~u1yX9mZ2pL8rT4vB6nW3")
			.withProperty("kollegan.invite.domain", "kollegan.kommun-a.se")
			.withProperty("kollegan.invite.inbound-secret", "u8Hc3Lw0qT5zN1bV7xR2mK9p")
			.withProperty("kollegan.magic-links.key", "Fq2nV8kT4wX1zL7cR5yB3mP9")
			.withProperty("kollegan.api.public-url", "https://kollegan.kommun-a.se")
			.withProperty("kollegan.demo.enabled", "false");
	}

	@Test
	void productionLinksLeadToAnEncryptedAddress() {
		assertThat(new DeploymentGuard(
				completeProduction().withProperty("kollegan.api.public-url", "http://localhost:8080"))
			.problems()).singleElement().asString().contains("KOLLEGAN_PUBLIC_URL").contains("https://");
	}

	static final String STRONG_KEY = "q2Vb7yQ0pX3nZ8sL1wR6tU9aK4eH5cJ2mF7gD0iB3oE=";

	private static MockEnvironment slackInstall() {
		return completeProduction().withProperty("SLACK_CLIENT_ID", "1234567890.0987654321")
			.withProperty("SLACK_CLIENT_SECRET", "8f742231b10e8888abcd99yyyzzz85a5");
	}

	@Test
	void slacksInstallFlowNeedsAStrongEncryptionKeyInProduction() {
		assertThat(new DeploymentGuard(slackInstall()).problems()).singleElement()
			.asString()
			.contains("KOLLEGAN_ENCRYPTION_KEY")
			.contains("SLACK_CLIENT_ID");
		assertThat(new DeploymentGuard(slackInstall().withProperty("KOLLEGAN_ENCRYPTION_KEY", STRONG_KEY)).problems())
			.isEmpty();
		assertThat(new DeploymentGuard(slackInstall().withProperty("kollegan.persistence.encryption.key", STRONG_KEY))
			.problems()).isEmpty();
	}

	@Test
	void productionRefusesTheDevelopmentKeyAndKeysThatWereTypedNotGenerated() {
		for (String weak : List.of(CredentialEncryptionProperties.DEVELOPMENT_KEY,
				"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=",
				"c2hvcnQ=", "not base64 at all")) {
			List<String> problems = new DeploymentGuard(slackInstall().withProperty("KOLLEGAN_ENCRYPTION_KEY", weak))
				.problems();
			assertThat(problems).singleElement().asString().contains("KOLLEGAN_ENCRYPTION_KEY").doesNotContain(weak);
		}
		// A configured key must be a real one even before Slack is.
		assertThat(new DeploymentGuard(completeProduction().withProperty("KOLLEGAN_ENCRYPTION_KEY", "c2hvcnQ="))
			.problems()).singleElement().asString().contains("32 random bytes");
	}

	@Test
	void slacksInstallFlowNeedsItsClientSecretInProduction() {
		assertThat(new DeploymentGuard(completeProduction().withProperty("SLACK_CLIENT_ID", "1234567890.0987654321")
			.withProperty("KOLLEGAN_ENCRYPTION_KEY", STRONG_KEY)).problems()).singleElement()
			.asString()
			.contains("SLACK_CLIENT_SECRET");
		assertThat(new DeploymentGuard(slackInstall().withProperty("KOLLEGAN_ENCRYPTION_KEY", STRONG_KEY)
			.withProperty("SLACK_CLIENT_SECRET", "secret")).problems()).singleElement().asString().contains("too weak");
	}

	@Test
	void developmentNeedsNoEncryptionKey() {
		assertThat(new DeploymentGuard(new MockEnvironment().withProperty("SLACK_CLIENT_ID", "1234567890.0987654321"))
			.problems()).isEmpty();
	}

	@Test
	void aCompleteProductionConfigurationStarts() {
		assertThat(new DeploymentGuard(completeProduction()).problems()).isEmpty();
	}

	@Test
	void productionNamesEveryMissingSettingByKeyAndVariable() {
		List<String> problems = new DeploymentGuard(production()).problems();

		assertThat(String.join("\n", problems)).contains("kollegan.persistence.url (DATABASE_URL)")
			.contains("kollegan.redis.url (REDIS_URL)")
			.contains("KOLLEGAN_TRUSTED_ISSUERS")
			.contains("KOLLEGAN_LOGIN_ISSUER_URI")
			.contains("KOLLEGAN_LOGIN_CLIENT_ID")
			.contains("KOLLEGAN_LOGIN_CLIENT_SECRET")
			.contains("kollegan.invite.domain (KOLLEGAN_INVITE_DOMAIN)")
			.contains("kollegan.invite.inbound-secret (KOLLEGAN_INBOUND_SECRET)");
	}

	@Test
	void productionRefusesTheDocumentedDemoInboundSecret() {
		List<String> problems = new DeploymentGuard(completeProduction().withProperty("kollegan.invite.inbound-secret",
				InviteProperties.DEMO_INBOUND_SECRET))
			.problems();

		assertThat(problems).singleElement()
			.asString()
			.contains("KOLLEGAN_INBOUND_SECRET")
			.contains("too weak")
			.doesNotContain(InviteProperties.DEMO_INBOUND_SECRET);
	}

	@Test
	void productionRefusesTheDocumentedDemoChatSecretsButNeedsNoChatPlatform() {
		assertThat(new DeploymentGuard(completeProduction().withProperty("SLACK_SIGNING_SECRET",
				se.postboxen.kollegan.adapter.slack.SlackProperties.DEMO_SIGNING_SECRET))
			.problems()).singleElement().asString().contains("SLACK_SIGNING_SECRET").contains("too weak");
		assertThat(new DeploymentGuard(completeProduction().withProperty("kollegan.zoom.webhook-secret-token",
				se.postboxen.kollegan.adapter.zoom.ZoomConfiguration.DEMO_WEBHOOK_SECRET_TOKEN))
			.problems()).singleElement().asString().contains("ZOOM_WEBHOOK_SECRET_TOKEN");
		assertThat(new DeploymentGuard(
				completeProduction().withProperty("SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5"))
			.problems()).isEmpty();
	}

	@Test
	void productionRefusesAWeakSecretWithoutRepeatingIt() {
		for (String weak : List.of("demo", "changeme", "short-secret")) {
			List<String> problems = new DeploymentGuard(
					completeProduction().withProperty("kollegan.security.login.client-secret", weak))
				.problems();

			assertThat(problems).singleElement()
				.asString()
				.contains("KOLLEGAN_LOGIN_CLIENT_SECRET")
				.contains("too weak")
				.doesNotContain(weak);
		}
	}

	@Test
	void productionRefusesDemoDataAndTheDevelopmentIdentityProvider() {
		List<String> problems = new DeploymentGuard(completeProduction().withProperty("kollegan.demo.enabled", "true")
			.withProperty("kollegan.security.dev-idp.enabled", "true")).problems();

		assertThat(String.join("\n", problems)).contains("development identity provider is not allowed")
			.contains("demo data is not allowed");
	}

	@Test
	void developmentRunsTheIdentityProviderOnlyWithDemoData() {
		MockEnvironment external = new MockEnvironment()
			.withProperty("kollegan.persistence.url", "postgres://u:p@db.example/k")
			.withProperty("kollegan.security.dev-idp.enabled", "true");

		assertThat(new DeploymentGuard(external).problems()).singleElement()
			.asString()
			.contains("runs only with demo data");
		assertThat(new DeploymentGuard(new MockEnvironment()).problems()).as("embedded defaults").isEmpty();
	}

}
