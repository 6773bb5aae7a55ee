package se.postboxen.kollegan.bot.security;

import java.util.function.Supplier;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.util.function.SingletonSupplier;

/**
 * The dashboard's sign-in with the organisation's OpenID provider (Microsoft Entra ID in
 * production). The provider's metadata is fetched on the first sign-in, not at start-up,
 * so that a slow provider never blocks the API from starting.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${kollegan.security.login.client-id:}' != ''")
class LoginConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ClientRegistrationRepository organisationLogin(SecurityProperties properties) {
		SecurityProperties.Login login = properties.login();
		Supplier<ClientRegistration> registration = SingletonSupplier
			.of(() -> ClientRegistrations.fromIssuerLocation(login.issuerUri())
				.registrationId(SecurityConfiguration.LOGIN_REGISTRATION)
				.clientId(login.clientId())
				.clientSecret(login.clientSecret())
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
				.build());
		return registrationId -> SecurityConfiguration.LOGIN_REGISTRATION.equals(registrationId) ? registration.get()
				: null;
	}

}
