package se.postboxen.kollegan.adapter.zoom;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.transcript.PlatformTranscripts;

/**
 * Zoom, offered as far as {@code kollegan.zoom.*} (or the conventional {@code ZOOM_*}
 * environment variables) names its apps: cloud recording transcripts with the
 * Server-to-Server OAuth app, webhooks with a Secret Token, Team Chat with the chatbot's
 * credentials.
 */
@AutoConfiguration
@EnableConfigurationProperties(ZoomProperties.class)
public class ZoomConfiguration {

	/**
	 * The webhook Secret Token of a development instance with none set, documented so
	 * that signed requests from the demo Zoom account can be tried locally. Never used
	 * outside {@code kollegan.mode=development}.
	 */
	public static final String DEMO_WEBHOOK_SECRET_TOKEN = "kollegan-demo-zoom-secret-token";

	/** Observes every call: a span that carries its traceparent to Zoom, and metrics. */
	private final ObservationRegistry observations;

	ZoomConfiguration(ObjectProvider<ObservationRegistry> observations) {
		this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
	}

	@Bean
	PlatformTranscripts zoomTranscripts(ZoomProperties properties, Clock clock) {
		return new ZoomTranscripts(restClient(), properties, clock);
	}

	@Bean
	@Conditional(WebhookSecretGiven.class)
	ZoomWebhooks zoomWebhooks(ZoomProperties properties, Environment environment, Clock clock) {
		return new ZoomWebhooks(Objects.requireNonNull(resolve(properties, environment).webhookSecretToken()), clock);
	}

	/** Asked before the sandbox, which reaches every meeting. */
	@Bean
	@Order(0)
	@Conditional(ChatbotGiven.class)
	ZoomChat zoomChat(ZoomProperties properties, Environment environment, ChatMeetings chatMeetings,
			ChatContacts contacts, Tenants tenants, Clock clock) {
		return new ZoomChat(restClient(), resolve(properties, environment), chatMeetings, contacts, tenants, clock,
				Duration.ofMillis(500));
	}

	/**
	 * The settings with what is unset taken from Zoom's conventional environment
	 * variables, and, in development only, the demo Secret Token.
	 */
	static ZoomProperties resolve(ZoomProperties bound, Environment environment) {
		String secret = environment.getProperty("ZOOM_WEBHOOK_SECRET_TOKEN");
		if (!ZoomProperties.notBlank(secret) && development(environment)) {
			secret = DEMO_WEBHOOK_SECRET_TOKEN;
		}
		return bound.orElse(secret, environment.getProperty("ZOOM_CLIENT_ID"),
				environment.getProperty("ZOOM_CLIENT_SECRET"));
	}

	/**
	 * Strictly {@code development} (the default): a misspelt production mode gets no demo
	 * secret.
	 */
	private static boolean development(Environment environment) {
		return "development"
			.equals(environment.getProperty("kollegan.mode", "development").strip().toLowerCase(Locale.ROOT));
	}

	private static ZoomProperties resolve(Environment environment) {
		return resolve(Binder.get(environment).bindOrCreate("kollegan.zoom", ZoomProperties.class), environment);
	}

	private RestClient restClient() {
		// HTTP/1.1: plenty for a few calls per meeting, and it passes every proxy (the
		// JDK's HTTP/2 upgrade attempt over plain HTTP can stall behind some). Redirects
		// are not followed by the client: ZoomTranscripts follows the download's itself
		// so that the token stays with Zoom.
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build());
		requests.setReadTimeout(Duration.ofSeconds(30));
		return RestClient.builder().requestFactory(requests).observationRegistry(this.observations).build();
	}

	/** A webhook Secret Token is set, or this is a development instance. */
	static class WebhookSecretGiven implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return ZoomProperties.notBlank(resolve(context.getEnvironment()).webhookSecretToken());
		}

	}

	/** The chatbot's credentials and JID are set. */
	static class ChatbotGiven implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return resolve(context.getEnvironment()).chatbotConfigured();
		}

	}

}
