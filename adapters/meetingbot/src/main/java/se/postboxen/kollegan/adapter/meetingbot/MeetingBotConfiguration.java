package se.postboxen.kollegan.adapter.meetingbot;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.attendance.BotReports;
import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.consent.ConsentReplies;
import se.postboxen.kollegan.consent.ParticipantJoins;
import se.postboxen.kollegan.transcript.PlatformTranscripts;

/** The meeting-bot gateway: the sandbox unless a provider is configured. */
@AutoConfiguration
@EnableConfigurationProperties(MeetingBotProperties.class)
public class MeetingBotConfiguration {

	/**
	 * Observes every call: a span that carries its traceparent to the gateway, and
	 * metrics.
	 */
	private final ObservationRegistry observations;

	MeetingBotConfiguration(ObjectProvider<ObservationRegistry> observations) {
		this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "kollegan.meetingbot.provider", havingValue = "sandbox", matchIfMissing = true)
	MeetingBotGateway sandboxMeetingBots(BotReports reports, ParticipantJoins joins, MeetingBotProperties properties,
			Clock clock) {
		return new SandboxMeetingBots(reports, joins, properties.sandboxTimeScale(), clock);
	}

	/**
	 * Consent answers for sandbox meetings, given by the people who speak in them. Last
	 * in line: a real chat platform that reaches the meeting (Teams, Slack, Zoom) is
	 * asked first.
	 */
	@Bean(destroyMethod = "close")
	@Order(Ordered.LOWEST_PRECEDENCE)
	@ConditionalOnProperty(name = "kollegan.meetingbot.provider", havingValue = "sandbox", matchIfMissing = true)
	ChatPlatform sandboxChatPlatform(ConsentReplies replies, MeetingBotProperties properties, Clock clock) {
		return new SandboxChatPlatform(replies, properties.sandboxTimeScale(), clock);
	}

	/** The sandbox platform's own transcript, for sandbox meetings the bot missed. */
	@Bean
	@ConditionalOnProperty(name = "kollegan.meetingbot.provider", havingValue = "sandbox", matchIfMissing = true)
	PlatformTranscripts sandboxPlatformTranscripts() {
		return new SandboxPlatformTranscripts();
	}

	@Bean
	@ConditionalOnProperty(name = "kollegan.meetingbot.provider", havingValue = "recall")
	MeetingBotGateway recallMeetingBots(MeetingBotProperties properties, Clock clock) {
		MeetingBotProperties.Recall recall = properties.recall();
		if (recall.baseUrl() == null || blank(recall.apiKey())) {
			throw new IllegalStateException(
					"kollegan.meetingbot.recall.base-url and kollegan.meetingbot.recall.api-key are required for the recall provider");
		}
		return new RecallMeetingBots(gatewayClient(), recall.baseUrl(), recall.apiKey(),
				GatewayCalls.to("recall", clock));
	}

	@Bean
	@ConditionalOnProperty(name = "kollegan.meetingbot.provider", havingValue = "recall")
	RecallWebhooks recallWebhooks(MeetingBotProperties properties, Clock clock) {
		String secret = properties.recall().webhookSecret();
		if (blank(secret)) {
			throw new IllegalStateException(
					"kollegan.meetingbot.recall.webhook-secret is required for the recall provider");
		}
		return new RecallWebhooks(secret, clock);
	}

	@Bean
	@ConditionalOnProperty(name = "kollegan.meetingbot.provider", havingValue = "attendee")
	MeetingBotGateway attendeeMeetingBots(MeetingBotProperties properties, Clock clock) {
		MeetingBotProperties.Attendee attendee = properties.attendee();
		if (attendee.baseUrl() == null || blank(attendee.apiKey())) {
			throw new IllegalStateException(
					"kollegan.meetingbot.attendee.base-url and kollegan.meetingbot.attendee.api-key are required for the attendee provider");
		}
		return new AttendeeMeetingBots(gatewayClient(), attendee.baseUrl(), attendee.apiKey(),
				GatewayCalls.to("attendee", clock));
	}

	@Bean
	@ConditionalOnProperty(name = "kollegan.meetingbot.provider", havingValue = "attendee")
	AttendeeWebhooks attendeeWebhooks(MeetingBotProperties properties, Clock clock) {
		String secret = properties.attendee().webhookSecret();
		if (blank(secret)) {
			throw new IllegalStateException(
					"kollegan.meetingbot.attendee.webhook-secret is required for the attendee provider");
		}
		try {
			return new AttendeeWebhooks(secret, clock);
		}
		catch (IllegalArgumentException ex) {
			// Without the cause: its message may quote the secret.
			throw new IllegalStateException(
					"kollegan.meetingbot.attendee.webhook-secret must be base64, as Attendee's settings show it");
		}
	}

	/**
	 * HTTP/1.1, which every gateway and proxy speaks, with bounded waits: a gateway that
	 * hangs must not hold a job thread.
	 */
	private RestClient gatewayClient() {
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build());
		requests.setReadTimeout(Duration.ofSeconds(30));
		return RestClient.builder().requestFactory(requests).observationRegistry(this.observations).build();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
