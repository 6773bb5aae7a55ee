package se.postboxen.kollegan.bot.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may call Kollegan and from where.
 *
 * @param audience the {@code aud} every API token must carry
 * ({@code KOLLEGAN_API_AUDIENCE}, e.g. the Entra app id URI {@code api://kollegan});
 * Spring checks the audience only when told, so it is always told
 * @param issuers trusted token issuers ({@code KOLLEGAN_TRUSTED_ISSUERS},
 * comma-separated, e.g. {@code https://login.microsoftonline.com/<tid>/v2.0} per customer
 * directory)
 * @param devIdp the built-in development identity provider
 * @param login the OpenID Connect provider the dashboard signs users in with
 * @param cors browser origins allowed to call the API
 * @param frameAncestors who may show Kollegan's pages in a frame: the Teams and Office
 * hosts, so the dashboard works as a Teams tab and nowhere else
 * @param teamsTab signing in inside Teams with the token Teams gives the tab
 */
@Validated
@ConfigurationProperties("kollegan.security")
public record SecurityProperties(@NotBlank @DefaultValue("api://kollegan") String audience,
		@NotNull @DefaultValue List<String> issuers, @Valid @NotNull @DefaultValue DevIdp devIdp,
		@Valid @NotNull @DefaultValue Login login, @Valid @NotNull @DefaultValue Cors cors,
		@Valid @NotNull @DefaultValue TeamsTab teamsTab, @NotNull @DefaultValue( {
				"'self'", "https://teams.microsoft.com", "https://*.teams.microsoft.com",
				"https://*.teams.microsoft.us", "https://teams.live.com", "https://*.office.com",
				"https://outlook.office.com", "https://outlook.office365.com", "https://*.cloud.microsoft",
				"https://*.microsoft365.com" }) List<String> frameAncestors){

	/**
	 * @param enabled on by default exactly when demo data is on; refused outside it
	 * @param issuer the {@code iss} of the tokens it mints
	 * @param tokenLifetime how long its access tokens live
	 */
	public record DevIdp(@Nullable Boolean enabled, @NotBlank @DefaultValue("http://localhost:8080") String issuer,
			@NotNull @DefaultValue("15m") Duration tokenLifetime) {

	}

	/**
	 * @param issuerUri the OpenID provider ({@code KOLLEGAN_LOGIN_ISSUER_URI}, e.g.
	 * {@code https://login.microsoftonline.com/<tid>/v2.0})
	 * @param clientId the dashboard's client id ({@code KOLLEGAN_LOGIN_CLIENT_ID})
	 * @param clientSecret its secret ({@code KOLLEGAN_LOGIN_CLIENT_SECRET}); never logged
	 */
	public record Login(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret) {

		@Override
		public String toString() {
			return "Login[issuerUri=" + this.issuerUri + ", clientId=" + this.clientId + ", clientSecret=***]";
		}

	}

	/**
	 * Teams single sign-on for the dashboard as a Teams tab: Teams hands the tab an Entra
	 * ID access token for Kollegan's own app, which is verified here and exchanged for a
	 * session.
	 *
	 * @param appId the Entra app (client) id the Teams manifest's
	 * {@code webApplicationInfo} names ({@code KOLLEGAN_TEAMS_TAB_APP_ID}, else
	 * {@code MICROSOFT_APP_ID}); without it the tab offers the ordinary sign-in only
	 * @param resource its Application ID URI, {@code api://<host>/<appId>}
	 * ({@code KOLLEGAN_TEAMS_TAB_RESOURCE}); derived from the public URL when unset
	 * @param jwkSetUri where Entra ID publishes the keys its tokens are signed with
	 */
	public record TeamsTab(@Nullable String appId, @Nullable String resource,
			@NotNull @DefaultValue("https://login.microsoftonline.com/common/discovery/v2.0/keys") URI jwkSetUri) {

		public boolean enabled() {
			return this.appId != null && !this.appId.isBlank();
		}

	}

	/**
	 * @param allowedOrigins exact origins ({@code https://kollegan.kommun.se}); none by
	 * default, so browsers on other sites cannot call the API
	 */
	public record Cors(@NotNull @DefaultValue List<String> allowedOrigins) {

	}

}
