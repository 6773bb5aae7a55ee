package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The meeting-bot gateway.
 *
 * @param provider {@code sandbox} (the default: scenarios in compressed time) or
 * {@code recall} (a Recall.ai-compatible service)
 * @param sandboxTimeScale how the sandbox's scenario seconds map onto real ones
 * @param recall the Recall.ai-compatible service, when that is the provider
 */
@Validated
@ConfigurationProperties("kollegan.meetingbot")
public record MeetingBotProperties(@NotNull @DefaultValue("sandbox") Provider provider,
		@Positive @DefaultValue("1.0") double sandboxTimeScale, @DefaultValue Recall recall) {

	public enum Provider {

		SANDBOX, RECALL

	}

	/**
	 * @param baseUrl the region's API root, e.g. {@code https://eu-central-1.recall.ai}
	 * @param apiKey the API key ({@code KOLLEGAN_MEETINGBOT_RECALL_API_KEY})
	 * @param webhookSecret the workspace's webhook verification secret ({@code whsec_…})
	 */
	public record Recall(@Nullable URI baseUrl, @Nullable String apiKey, @Nullable String webhookSecret) {

		@Override
		public String toString() {
			return "Recall[baseUrl=" + this.baseUrl + "]";
		}

	}

}
