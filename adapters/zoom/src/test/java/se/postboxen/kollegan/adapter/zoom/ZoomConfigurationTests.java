package se.postboxen.kollegan.adapter.zoom;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatResponder;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.shared.HmacSha256;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * What the Zoom settings switch on: webhooks with a Secret Token (from the property,
 * Zoom's conventional variable, or in development the documented demo token), the chatbot
 * with its credentials and JID, and neither secret in any log line of the settings.
 */
class ZoomConfigurationTests {

	private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZoomConfiguration.class))
		.withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC))
		.withBean(ChatMeetings.class, ZoomConfigurationTests::noChats)
		// The chatbot only reads these, and not while it is being configured.
		.withBean(ChatContacts.class, () -> mock(ChatContacts.class))
		.withBean(Tenants.class, () -> mock(Tenants.class));

	@Test
	void acceptsTheDemoSecretTokenInDevelopment() {
		this.runner.run(context -> assertThat(context.getBean(ZoomWebhooks.class)
			.verify(signature(ZoomConfiguration.DEMO_WEBHOOK_SECRET_TOKEN), timestamp(), body())).isTrue());
	}

	@Test
	void takesNoWebhooksInProductionWithoutASecretToken() {
		this.runner.withPropertyValues("kollegan.mode=production")
			.run(context -> assertThat(context).doesNotHaveBean(ZoomWebhooks.class));
	}

	@Test
	void readsTheSecretTokenFromZoomsConventionalVariable() {
		this.runner.withPropertyValues("kollegan.mode=production")
			.withInitializer(context -> context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("environment", Map.of("ZOOM_WEBHOOK_SECRET_TOKEN", "from-environment"))))
			.run(context -> assertThat(
					context.getBean(ZoomWebhooks.class).verify(signature("from-environment"), timestamp(), body()))
				.isTrue());
	}

	@Test
	void prefersTheConfiguredSecretTokenToTheDemoOne() {
		this.runner.withPropertyValues("kollegan.zoom.webhook-secret-token=configured").run(context -> {
			ZoomWebhooks webhooks = context.getBean(ZoomWebhooks.class);
			assertThat(webhooks.verify(signature("configured"), timestamp(), body())).isTrue();
			assertThat(webhooks.verify(signature(ZoomConfiguration.DEMO_WEBHOOK_SECRET_TOKEN), timestamp(), body()))
				.isFalse();
		});
	}

	@Test
	void answersInTeamChatOnlyWithTheChatbotsCredentialsAndJid() {
		this.runner.run(context -> assertThat(context).doesNotHaveBean(ChatResponder.class));
		this.runner.withPropertyValues("kollegan.zoom.robot-jid=v1bot@xmpp.zoom.us")
			.withInitializer(context -> context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("environment",
						Map.of("ZOOM_CLIENT_ID", "chatbot-id", "ZOOM_CLIENT_SECRET", "chatbot-secret"))))
			.run(context -> assertThat(context).hasSingleBean(ChatResponder.class).hasSingleBean(ChatPlatform.class));
	}

	@Test
	void keepsSecretsOutOfTheSettingsDescription() {
		assertThat(new ZoomProperties("account", "client", "s2s-secret", null, null, "webhook-secret", "chatbot",
				"chatbot-secret", "v1bot@xmpp.zoom.us")
			.toString()).doesNotContain("s2s-secret", "webhook-secret", "chatbot-secret");
	}

	private static String timestamp() {
		return Long.toString(NOW.getEpochSecond());
	}

	private static byte[] body() {
		return "{\"event\":\"meeting.started\"}".getBytes(UTF_8);
	}

	private static String signature(String secret) {
		return "v0=" + HexFormat.of()
			.formatHex(HmacSha256.of(secret.getBytes(UTF_8), ("v0:" + timestamp() + ":").getBytes(UTF_8), body()));
	}

	private static ChatMeetings noChats() {
		return new ChatMeetings() {

			@Override
			public void remember(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform, String address) {
			}

			@Override
			public List<String> addresses(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform) {
				return List.of();
			}

		};
	}

}
