package se.postboxen.kollegan.adapter.meetingbot;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.attendance.BotReports;
import se.postboxen.kollegan.attendance.MeetingBotGateway;

/** The meeting-bot gateway: the sandbox unless a provider is configured. */
@AutoConfiguration
@EnableConfigurationProperties(MeetingBotProperties.class)
public class MeetingBotConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "kollegan.meetingbot.provider", havingValue = "sandbox", matchIfMissing = true)
	MeetingBotGateway sandboxMeetingBots(BotReports reports, MeetingBotProperties properties, Clock clock) {
		return new SandboxMeetingBots(reports, properties.sandboxTimeScale(), clock);
	}

	@Bean
	@ConditionalOnProperty(name = "kollegan.meetingbot.provider", havingValue = "recall")
	MeetingBotGateway recallMeetingBots(MeetingBotProperties properties, Clock clock) {
		MeetingBotProperties.Recall recall = properties.recall();
		if (recall.baseUrl() == null || recall.apiKey() == null || recall.apiKey().isBlank()) {
			throw new IllegalStateException(
					"kollegan.meetingbot.recall.base-url and kollegan.meetingbot.recall.api-key are required for the recall provider");
		}
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build());
		requests.setReadTimeout(Duration.ofSeconds(30));
		return new RecallMeetingBots(RestClient.builder().requestFactory(requests).build(), recall.baseUrl(),
				recall.apiKey(), clock);
	}

	@Bean
	@ConditionalOnProperty(name = "kollegan.meetingbot.provider", havingValue = "recall")
	RecallWebhooks recallWebhooks(MeetingBotProperties properties, Clock clock) {
		String secret = properties.recall().webhookSecret();
		if (secret == null || secret.isBlank()) {
			throw new IllegalStateException(
					"kollegan.meetingbot.recall.webhook-secret is required for the recall provider");
		}
		return new RecallWebhooks(secret, clock);
	}

}
