package se.postboxen.kollegan.adapter.trello;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.action.TaskBoard;

/**
 * Trello, offered when its key and token are given ({@link TrelloProperties}). Trello's
 * conventional variable names are mapped beneath {@code kollegan.trello.*} by a property
 * source of this module, so the properties record binds and validates them like any other
 * setting.
 */
@AutoConfiguration
@EnableConfigurationProperties(TrelloProperties.class)
@PropertySource("classpath:kollegan-trello.properties")
public class TrelloConfiguration {

	@Bean
	TaskBoard trelloBoard(TrelloProperties properties, ObjectProvider<ObservationRegistry> observations, Clock clock) {
		// HTTP/1.1: plenty for a few calls per meeting, and it passes every proxy (the
		// JDK's HTTP/2 upgrade attempt over plain HTTP can stall behind some).
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build());
		requests.setReadTimeout(properties.timeout());
		// Every call observed: a span that carries its traceparent to Trello, and
		// metrics.
		return new TrelloBoard(RestClient.builder()
			.requestFactory(requests)
			.observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
			.build(), properties, clock);
	}

	@Bean
	TrelloWebhooks trelloWebhooks(TrelloProperties properties) {
		return new TrelloWebhooks(properties);
	}

}
