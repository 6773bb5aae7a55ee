package se.postboxen.kollegan.adapter.graph;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.action.TaskBoard;
import se.postboxen.kollegan.calendar.MicrosoftCalendars;
import se.postboxen.kollegan.invite.AgentMailbox;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.transcript.PlatformTranscripts;

/**
 * Microsoft Graph, offered when {@code kollegan.graph.*} names the app registration:
 * calendars, the agent's mailbox, Teams transcripts and Planner.
 */
@AutoConfiguration
@EnableConfigurationProperties(GraphProperties.class)
public class GraphConfiguration {

	/** Observes every call: a span that carries its traceparent to Graph, and metrics. */
	private final ObservationRegistry observations;

	GraphConfiguration(ObjectProvider<ObservationRegistry> observations) {
		this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
	}

	@Bean
	GraphTokens graphTokens(GraphProperties properties, Clock clock) {
		return new GraphTokens(restClient(), properties, clock);
	}

	@Bean
	AgentMailbox agentMailbox(GraphProperties properties, GraphTokens tokens) {
		return new GraphMailbox(restClient(), properties, tokens);
	}

	@Bean
	MicrosoftCalendars microsoftCalendars(GraphProperties properties, GraphTokens tokens) {
		return new GraphCalendars(restClient(), properties, tokens);
	}

	@Bean
	PlatformTranscripts graphTranscripts(GraphProperties properties, Tenants tenants, GraphTokens tokens) {
		return new GraphTranscripts(restClient(), properties, tenants, tokens);
	}

	@Bean
	TaskBoard graphPlanner(GraphProperties properties, Tenants tenants, GraphTokens tokens, Clock clock) {
		return new GraphPlanner(restClient(), properties, tenants, tokens, clock);
	}

	private RestClient restClient() {
		// HTTP/1.1: plenty for a few calls per user and hour, and it passes every proxy
		// (the JDK's HTTP/2 upgrade attempt over plain HTTP can stall behind some).
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build());
		requests.setReadTimeout(Duration.ofSeconds(30));
		return RestClient.builder().requestFactory(requests).observationRegistry(this.observations).build();
	}

}
