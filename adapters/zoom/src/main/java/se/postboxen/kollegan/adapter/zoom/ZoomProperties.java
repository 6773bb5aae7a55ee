package se.postboxen.kollegan.adapter.zoom;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Zoom: a Server-to-Server OAuth app in the Zoom account whose meetings Kollegan reads
 * cloud recording transcripts of. Without all three credentials, Zoom transcripts are
 * simply not fetched.
 *
 * @param accountId the account id on the app's credentials page
 * @param clientId the app's client id
 * @param clientSecret the app's client secret
 * @param apiUrl Zoom's REST API root, without {@code /v2} (a test or ZoomGov points it
 * elsewhere)
 * @param oauthUrl the root of Zoom's token endpoint {@code /oauth/token}
 */
@Validated
@ConfigurationProperties("kollegan.zoom")
public record ZoomProperties(@Nullable String accountId, @Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("https://api.zoom.us") URI apiUrl, @DefaultValue("https://zoom.us") URI oauthUrl) {

	public boolean configured() {
		return notBlank(this.accountId) && notBlank(this.clientId) && notBlank(this.clientSecret);
	}

	private static boolean notBlank(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "ZoomProperties[accountId=" + this.accountId + ", clientId=" + this.clientId + ", apiUrl=" + this.apiUrl
				+ "]";
	}

}
