package se.postboxen.kollegan.adapter.teams;

import java.net.URI;

import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.validation.annotation.Validated;

/**
 * Microsoft Teams: Kollegan's Azure Bot registration (single-tenant, the only kind
 * Microsoft lets anyone create since July 2025) and where Microsoft's endpoints are.
 * Without an app id, password and tenant, Teams is simply not offered.
 * <p>
 * Set as {@code kollegan.teams.*} (environment: {@code KOLLEGAN_TEAMS_APPID} …) or by the
 * names every Bot Framework sample uses, {@code MICROSOFT_APP_ID},
 * {@code MICROSOFT_APP_PASSWORD} and {@code MICROSOFT_APP_TENANT_ID}, read when the
 * {@code kollegan.teams} ones are unset.
 *
 * @param appId the bot's Microsoft App ID: the audience of every token the Bot Connector
 * sends us, and our client id when we call it
 * @param appPassword the app registration's client secret (never logged)
 * @param appTenantId the Entra directory the app registration lives in, where our own
 * tokens come from
 * @param openIdMetadataUrl where the Bot Connector publishes its signing keys' location
 * @param issuer the only issuer accepted on incoming tokens
 * @param loginUrl Entra ID's token endpoint root
 * @param testServiceUrl one more Bot Connector address that may be called besides
 * Microsoft's own hosts: a test's mock connector; never set in production
 */
@Validated
@ConfigurationProperties("kollegan.teams")
public record TeamsProperties(@Nullable String appId, @Nullable String appPassword,
		@Nullable @Pattern(regexp = "^[A-Za-z0-9.-]{1,100}$") String appTenantId,
		@DefaultValue("https://login.botframework.com/v1/.well-known/openidconfiguration") URI openIdMetadataUrl,
		@DefaultValue("https://api.botframework.com") String issuer,
		@DefaultValue("https://login.microsoftonline.com") URI loginUrl, @Nullable URI testServiceUrl) {

	/** Whether the bot registration is complete. */
	public boolean configured() {
		return notBlank(this.appId) && notBlank(this.appPassword) && notBlank(this.appTenantId);
	}

	/**
	 * These settings, with the conventional Bot Framework names filling what is unset.
	 */
	TeamsProperties orConventionalNames(Environment environment) {
		return new TeamsProperties(or(this.appId, environment, "MICROSOFT_APP_ID"),
				or(this.appPassword, environment, "MICROSOFT_APP_PASSWORD"),
				or(this.appTenantId, environment, "MICROSOFT_APP_TENANT_ID"), this.openIdMetadataUrl, this.issuer,
				this.loginUrl, this.testServiceUrl);
	}

	private static @Nullable String or(@Nullable String value, Environment environment, String conventionalName) {
		return notBlank(value) ? value : environment.getProperty(conventionalName);
	}

	private static boolean notBlank(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	@Override
	public String toString() {
		return "TeamsProperties[appId=" + this.appId + ", appTenantId=" + this.appTenantId + ", issuer=" + this.issuer
				+ "]";
	}

}
