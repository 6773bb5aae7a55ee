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
 * @param provider {@code sandbox} (the default: scenarios in compressed time),
 * {@code recall} (a Recall.ai-compatible service) or {@code attendee} (Attendee, hosted
 * or self-hosted)
 * @param sandboxTimeScale how the sandbox's scenario seconds map onto real ones; at the
 * default 0.5 a sandbox meeting starting now runs its whole course (join, lobby, retries,
 * end, recap) within a minute
 * @param recall the Recall.ai-compatible service, when that is the provider
 * @param attendee the Attendee service, when that is the provider
 */
@Validated
@ConfigurationProperties("kollegan.meetingbot")
public record MeetingBotProperties(@NotNull @DefaultValue("sandbox") Provider provider,
		@Positive @DefaultValue("0.5") double sandboxTimeScale, @DefaultValue Recall recall,
		@DefaultValue Attendee attendee) {

	public enum Provider {

		SANDBOX, RECALL, ATTENDEE

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

	/**
	 * @param baseUrl the service's root, e.g. {@code https://app.attendee.dev} or a
	 * self-hosted one
	 * @param apiKey the project's API key ({@code KOLLEGAN_MEETINGBOT_ATTENDEE_API_KEY})
	 * @param webhookSecret the project's webhook secret, base64 as its settings page
	 * shows it
	 */
	public record Attendee(@Nullable URI baseUrl, @Nullable String apiKey, @Nullable String webhookSecret) {

		@Override
		public String toString() {
			return "Attendee[baseUrl=" + this.baseUrl + "]";
		}

	}

}
