package se.postboxen.kollegan.bot.chat.slack;

import java.net.URI;
import java.time.Clock;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import se.postboxen.kollegan.adapter.slack.SlackInstaller;
import se.postboxen.kollegan.adapter.slack.SlackProperties;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.web.ApiProperties;
import se.postboxen.kollegan.chat.ChatCredentials;
import se.postboxen.kollegan.chat.ChatInstallStates;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatWorkspaces;
import se.postboxen.kollegan.shared.Transactions;

/**
 * Connecting chat workspaces to tenants, and Slack's install flow for it when the app's
 * client id and secret are known. Set up here rather than in the Slack adapter: Slack
 * sends administrators back to this application's public address.
 */
@Configuration(proxyBeanMethods = false)
class SlackInstallConfiguration {

	static final String CALLBACK_PATH = "/api/admin/integrations/slack/callback";

	@Bean
	ChatWorkspaces chatWorkspaces(ChatInstallations installations, ChatCredentials credentials, AuditLog auditLog,
			Transactions transactions, Clock clock) {
		return new ChatWorkspaces(installations, credentials, auditLog, transactions, clock);
	}

	@Bean(destroyMethod = "close")
	@Conditional(InstallConfigured.class)
	SlackInstaller slackInstaller(SlackProperties properties, Environment environment, ApiProperties api,
			ChatInstallStates states, ObjectProvider<ObservationRegistry> observations) {
		return new SlackInstaller(properties.withFallbacks(environment), callback(api.publicUrl()), states,
				observations.getIfAvailable(() -> ObservationRegistry.NOOP));
	}

	/** Where Slack sends an administrator back: registered in the app's manifest. */
	static URI callback(URI publicUrl) {
		return URI.create(publicUrl.toString().replaceAll("/+$", "") + CALLBACK_PATH);
	}

	/** Whether the app's client id and secret are set, under either name. */
	static class InstallConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			return known(environment, "kollegan.slack.client-id", "SLACK_CLIENT_ID")
					&& known(environment, "kollegan.slack.client-secret", "SLACK_CLIENT_SECRET");
		}

		private static boolean known(Environment environment, String... keys) {
			for (String key : keys) {
				String value = environment.getProperty(key);
				if (value != null && !value.isBlank()) {
					return true;
				}
			}
			return false;
		}

	}

}
