package se.postboxen.kollegan.adapter.slack;

import java.time.Clock;
import java.util.Objects;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import se.postboxen.kollegan.chat.ChatCommands;
import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatCredentials;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatWorkspaces;

/**
 * Slack: requests to {@code /slack/events} are accepted when a signing secret is known
 * (configured, or the demo secret in development); messages are posted with the
 * workspace's own token when an administrator installed Kollegan there, else with the
 * configured bot token, and otherwise logged as not sent. The install flow
 * ({@link SlackInstaller}) needs the application's public address, and so is set up by
 * the application.
 */
@AutoConfiguration
@EnableConfigurationProperties(SlackProperties.class)
public class SlackConfiguration {

	/**
	 * Before the sandbox, which claims every meeting: Slack claims only meetings a Slack
	 * channel asked for.
	 */
	@Bean(destroyMethod = "close")
	@Order(0)
	SlackChat slackChat(SlackProperties properties, Environment environment, ChatMeetings chatMeetings,
			ChatContacts contacts, ChatInstallations installations, ChatCredentials credentials,
			ObjectProvider<ObservationRegistry> observations) {
		return new SlackChat(properties.withFallbacks(environment), chatMeetings, contacts, installations, credentials,
				observations.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	@Bean(destroyMethod = "close")
	@Conditional(SigningSecretKnown.class)
	SlackEvents slackEvents(SlackProperties properties, Environment environment, ChatCommands commands,
			ChatInstallations installations, ChatWorkspaces workspaces, SlackChat chat, Clock clock) {
		String signingSecret = Objects.requireNonNull(properties.withFallbacks(environment).signingSecret());
		return new SlackEvents(signingSecret, commands, installations, workspaces, chat, clock);
	}

	/** Whether {@link SlackProperties#signingSecret} resolves to a secret here. */
	static class SigningSecretKnown implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return SlackProperties.signingSecret(context.getEnvironment()) != null;
		}

	}

}
