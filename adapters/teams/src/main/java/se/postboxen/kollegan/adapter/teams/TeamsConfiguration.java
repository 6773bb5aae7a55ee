package se.postboxen.kollegan.adapter.teams;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatMeetings;

/**
 * Microsoft Teams through the Bot Connector protocol, offered when the bot registration
 * is configured ({@code kollegan.teams.*} or the conventional {@code MICROSOFT_APP_*}
 * names). Without it there is no Teams bean at all and {@code /api/messages} says so.
 */
@AutoConfiguration
@Conditional(TeamsConfiguration.Configured.class)
@EnableConfigurationProperties(TeamsProperties.class)
public class TeamsConfiguration {

	/**
	 * Observes every call: a span that carries its traceparent to Microsoft, and metrics.
	 */
	private final ObservationRegistry observations;

	TeamsConfiguration(ObjectProvider<ObservationRegistry> observations) {
		this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
	}

	@Bean
	ConnectorKeys teamsConnectorKeys(TeamsProperties properties, Environment environment, Clock clock) {
		return new ConnectorKeys(restClient(this.observations), properties.orConventionalNames(environment), clock);
	}

	@Bean
	ConnectorAuthentication teamsConnectorAuthentication(ConnectorKeys keys, TeamsProperties properties,
			Environment environment, Clock clock) {
		return new ConnectorAuthentication(keys, properties.orConventionalNames(environment), clock);
	}

	/**
	 * The signing keys are fetched in the background once the application is ready, so
	 * the first activity does not wait on Microsoft's key endpoint.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> teamsKeysWarmUp(ConnectorKeys keys) {
		return event -> {
			Thread warmUp = new Thread(keys::warmUp, "teams-keys-warm-up");
			warmUp.setDaemon(true);
			warmUp.start();
		};
	}

	/** Asked before the sandbox, which reaches every meeting. */
	@Bean
	@Order(0)
	TeamsChat teamsChat(TeamsProperties properties, Environment environment, ChatMeetings chatMeetings,
			ChatContacts contacts, Clock clock) {
		TeamsProperties settings = properties.orConventionalNames(environment);
		RestClient http = restClient(this.observations);
		return new TeamsChat(new TeamsConnector(http, new ConnectorTokens(http, settings, clock), settings, clock),
				chatMeetings, contacts);
	}

	static RestClient restClient(ObservationRegistry observations) {
		// HTTP/1.1: plenty for a few calls a minute, and it passes every proxy.
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build());
		requests.setReadTimeout(Duration.ofSeconds(20));
		return RestClient.builder().requestFactory(requests).observationRegistry(observations).build();
	}

	/** Whether the app id, password and tenant are set, by either naming. */
	static class Configured extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			boolean configured = set(environment, "kollegan.teams.app-id", "MICROSOFT_APP_ID")
					&& set(environment, "kollegan.teams.app-password", "MICROSOFT_APP_PASSWORD")
					&& set(environment, "kollegan.teams.app-tenant-id", "MICROSOFT_APP_TENANT_ID");
			return configured ? ConditionOutcome.match("the Teams bot registration is configured")
					: ConditionOutcome.noMatch("no Teams bot registration (app id, password, tenant)");
		}

		private static boolean set(Environment environment, String property, String conventionalName) {
			String value = environment.getProperty(property, environment.getProperty(conventionalName, ""));
			return !value.isBlank();
		}

	}

}
