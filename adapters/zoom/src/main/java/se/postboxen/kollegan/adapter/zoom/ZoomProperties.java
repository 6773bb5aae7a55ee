package se.postboxen.kollegan.adapter.zoom;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Zoom: a Server-to-Server OAuth app in the Zoom account whose meetings Kollegan reads
 * cloud recording transcripts of, and a Team Chat chatbot app people talk to Kollegan
 * through. Each works on its own: without the Server-to-Server credentials, Zoom
 * transcripts are simply not fetched; without the chatbot's, nobody is answered in Zoom
 * Team Chat; without a webhook secret token, Zoom's webhooks are not accepted. The
 * conventional environment variables {@code ZOOM_WEBHOOK_SECRET_TOKEN},
 * {@code ZOOM_CLIENT_ID} and {@code ZOOM_CLIENT_SECRET} fill in what is not set here
 * ({@link ZoomConfiguration}).
 *
 * @param accountId the Server-to-Server app's account id
 * @param clientId the Server-to-Server app's client id
 * @param clientSecret the Server-to-Server app's client secret
 * @param apiUrl Zoom's REST API root, without {@code /v2} (a test or ZoomGov points it
 * elsewhere)
 * @param oauthUrl the root of Zoom's token endpoint {@code /oauth/token}
 * @param webhookSecretToken the chatbot app's webhook Secret Token, the key of
 * {@code x-zm-signature} and of the endpoint URL validation
 * @param chatbotClientId the chatbot app's client id
 * @param chatbotClientSecret the chatbot app's client secret
 * @param robotJid the chatbot's JID ({@code v1…@xmpp.zoom.us}), the sender of its
 * messages
 */
@Validated
@ConfigurationProperties("kollegan.zoom")
public record ZoomProperties(@Nullable String accountId, @Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("https://api.zoom.us") URI apiUrl, @DefaultValue("https://zoom.us") URI oauthUrl,
		@Nullable String webhookSecretToken, @Nullable String chatbotClientId, @Nullable String chatbotClientSecret,
		@Nullable String robotJid) {

	/** Whether the Server-to-Server app that reads cloud recordings is named. */
	public boolean configured() {
		return notBlank(this.accountId) && notBlank(this.clientId) && notBlank(this.clientSecret);
	}

	/** Whether the chatbot can be sent messages as: credentials and its JID. */
	public boolean chatbotConfigured() {
		return notBlank(this.chatbotClientId) && notBlank(this.chatbotClientSecret) && notBlank(this.robotJid);
	}

	/**
	 * These settings with the webhook secret and chatbot credentials, where blank, given.
	 */
	ZoomProperties orElse(@Nullable String webhookSecretToken, @Nullable String chatbotClientId,
			@Nullable String chatbotClientSecret) {
		return new ZoomProperties(this.accountId, this.clientId, this.clientSecret, this.apiUrl, this.oauthUrl,
				notBlank(this.webhookSecretToken) ? this.webhookSecretToken : webhookSecretToken,
				notBlank(this.chatbotClientId) ? this.chatbotClientId : chatbotClientId,
				notBlank(this.chatbotClientSecret) ? this.chatbotClientSecret : chatbotClientSecret, this.robotJid);
	}

	static boolean notBlank(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	/** Without the secrets, which are never logged. */
	@Override
	public String toString() {
		return "ZoomProperties[accountId=" + this.accountId + ", clientId=" + this.clientId + ", apiUrl=" + this.apiUrl
				+ ", chatbotClientId=" + this.chatbotClientId + ", robotJid=" + this.robotJid + "]";
	}

}
