package se.postboxen.kollegan.adapter.slack;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Settings under Slack's conventional names, and the demo signing secret only in
 * development.
 */
class SlackPropertiesTests {

	static SlackProperties unset() {
		return new SlackProperties(null, null, null, null, URI.create("https://slack.com/api/"),
				URI.create("https://hooks.slack.com/"), Duration.ofSeconds(10),
				URI.create("https://slack.com/oauth/v2/authorize"), List.of("commands"));
	}

	/** The settings as Spring binds them when nothing is configured. */
	static SlackProperties defaults() {
		return new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("kollegan.slack",
				SlackProperties.class);
	}

	@Test
	void defaultsToSlacksOwnAddresses() {
		SlackProperties defaults = defaults();
		assertThat(defaults.apiUrl()).hasToString("https://slack.com/api/");
		assertThat(defaults.authorizeUrl()).hasToString("https://slack.com/oauth/v2/authorize");
		assertThat(defaults.canInstall()).isFalse();
	}

	@Test
	void takesSlacksConventionalEnvironmentNamesWhenNothingElseIsSet() {
		SlackProperties resolved = unset()
			.withFallbacks(new MockEnvironment().withProperty("SLACK_SIGNING_SECRET", "from-env")
				.withProperty("SLACK_BOT_TOKEN", "xoxb-1-2-abc")
				.withProperty("SLACK_CLIENT_ID", "123.456")
				.withProperty("SLACK_CLIENT_SECRET", "client-secret"));
		assertThat(resolved.signingSecret()).isEqualTo("from-env");
		assertThat(resolved.botToken()).isEqualTo("xoxb-1-2-abc");
		assertThat(resolved.clientId()).isEqualTo("123.456");
		assertThat(resolved.clientSecret()).isEqualTo("client-secret");
		assertThat(resolved.toString()).doesNotContain("xoxb-1-2-abc")
			.doesNotContain("from-env")
			.doesNotContain("client-secret");
		assertThat(resolved.canInstall()).isTrue();
		assertThat(unset().canInstall()).isFalse();
	}

	@Test
	void kollegansOwnSettingsComeFirst() {
		MockEnvironment environment = new MockEnvironment().withProperty("kollegan.slack.signing-secret", "own")
			.withProperty("SLACK_SIGNING_SECRET", "from-env");
		assertThat(SlackProperties.signingSecret(environment)).isEqualTo("own");
	}

	@Test
	void usesTheDemoSigningSecretOnlyInDevelopment() {
		assertThat(unset().withFallbacks(new MockEnvironment()).signingSecret())
			.isEqualTo(SlackProperties.DEMO_SIGNING_SECRET);
		assertThat(unset().withFallbacks(new MockEnvironment().withProperty("kollegan.mode", "development"))
			.signingSecret()).isEqualTo(SlackProperties.DEMO_SIGNING_SECRET);
		assertThat(unset().withFallbacks(new MockEnvironment().withProperty("kollegan.mode", "production"))
			.signingSecret()).isNull();
		assertThat(unset().withFallbacks(new MockEnvironment().withProperty("kollegan.mode", "prod")).signingSecret())
			.isNull();
	}

	@Test
	void refusesAnythingButABotTokenFromTheEnvironment() {
		assertThatIllegalStateException().isThrownBy(
				() -> unset().withFallbacks(new MockEnvironment().withProperty("SLACK_BOT_TOKEN", "xoxp-user-token")));
	}

}
