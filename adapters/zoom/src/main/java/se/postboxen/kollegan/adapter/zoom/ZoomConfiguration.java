package se.postboxen.kollegan.adapter.zoom;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.transcript.PlatformTranscripts;

/** Zoom, offered when {@code kollegan.zoom.*} names the Server-to-Server OAuth app. */
@AutoConfiguration
@EnableConfigurationProperties(ZoomProperties.class)
public class ZoomConfiguration {

	@Bean
	PlatformTranscripts zoomTranscripts(ZoomProperties properties, Clock clock) {
		return new ZoomTranscripts(restClient(), properties, clock);
	}

	private static RestClient restClient() {
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
		return RestClient.builder().requestFactory(requests).build();
	}

}
