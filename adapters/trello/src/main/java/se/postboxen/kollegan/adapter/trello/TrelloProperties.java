package se.postboxen.kollegan.adapter.trello;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Trello: the API key of Kollegan's Power-Up and a token of the Trello member Kollegan
 * acts as (a member of every tenant's board), and the Power-Up's secret that signs
 * webhooks. Each may come from Trello's conventional variable ({@code TRELLO_API_KEY},
 * {@code TRELLO_API_TOKEN}, {@code TRELLO_APP_SECRET}, {@code TRELLO_WEBHOOK_URL}) or
 * from {@code kollegan.trello.*}. Without key and token Trello is not offered; one
 * without the other stops the start, naming what is missing. Never logged.
 *
 * @param apiKey the Power-Up's API key
 * @param apiToken the token Kollegan calls Trello with
 * @param appSecret the Power-Up's secret, which signs webhooks
 * ({@code X-Trello-Webhook}); without it, webhooks are taken as hints only (each is
 * checked by reading the card)
 * @param webhookUrl the callback URL exactly as given to Trello when the webhook was
 * made: it is part of what Trello signs
 * @param baseUrl Trello's REST API root (a test points it elsewhere)
 * @param timeout how long a call to Trello may take
 */
@Validated
@ConfigurationProperties("kollegan.trello")
public record TrelloProperties(@Nullable String apiKey, @Nullable String apiToken, @Nullable String appSecret,
		@Nullable URI webhookUrl, @DefaultValue("https://api.trello.com") URI baseUrl,
		@DefaultValue("30s") Duration timeout) {

	/** Whether Kollegan can call Trello. */
	public boolean configured() {
		return notBlank(this.apiKey) && notBlank(this.apiToken);
	}

	/** Whether webhooks can be verified: the secret and the URL Trello signs with. */
	public boolean verifiesWebhooks() {
		return notBlank(this.appSecret) && this.webhookUrl != null && !this.webhookUrl.toString().isBlank();
	}

	@AssertTrue(message = "TRELLO_API_KEY (kollegan.trello.api-key) and TRELLO_API_TOKEN (kollegan.trello.api-token) "
			+ "are set together or not at all")
	public boolean isKeyAndTokenTogether() {
		return notBlank(this.apiKey) == notBlank(this.apiToken);
	}

	@AssertTrue(message = "TRELLO_APP_SECRET (kollegan.trello.app-secret) needs TRELLO_WEBHOOK_URL "
			+ "(kollegan.trello.webhook-url), the callback URL Trello signs webhooks with")
	public boolean isSecretWithWebhookUrl() {
		return !notBlank(this.appSecret) || this.webhookUrl != null && !this.webhookUrl.toString().isBlank();
	}

	static boolean notBlank(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	/** Without the key, token and secret. */
	@Override
	public String toString() {
		return "TrelloProperties[configured=" + configured() + ", webhookUrl=" + this.webhookUrl + ", baseUrl="
				+ this.baseUrl + "]";
	}

}
