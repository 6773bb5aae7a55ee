package se.postboxen.kollegan.bot.security.devidp;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.util.function.SingletonSupplier;

import se.postboxen.kollegan.bot.security.RateLimits;
import se.postboxen.kollegan.bot.security.SecurityHeaders;
import se.postboxen.kollegan.bot.security.SecurityProperties;

/**
 * The development identity provider (Spring Authorization Server), so that the real
 * OAuth2 flows run on one machine: client credentials for scripts
 * ({@code curl -u demo-a-member:demo -d grant_type=client_credentials …/oauth2/token})
 * and authorization code with OpenID Connect for the dashboard. Tokens look like Entra
 * ID's ({@code tid}, {@code oid}, {@code roles}), so the rest of Kollegan cannot tell
 * them apart. It exists only in development with demo data (see the deployment guard).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DevIdentityProviderCondition.class)
class DevIdentityProviderConfiguration {

	static final String DASHBOARD_CLIENT = "kollegan-dashboard";

	static final String LOGIN_PAGE = "/idp/login";

	@Bean
	DevIdentityProvider devIdentityProvider(SecurityProperties properties) {
		return new DevIdentityProvider(properties.devIdp().issuer());
	}

	@Bean
	JWKSource<SecurityContext> devIdentityProviderKeys(DevIdentityProvider provider) {
		return provider.keys();
	}

	/**
	 * For the provider's own OpenID Connect user-info endpoint, which takes its access
	 * tokens.
	 */
	@Bean
	JwtDecoder devIdentityProviderJwtDecoder(DevIdentityProvider provider) {
		return provider.jwtDecoder(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
				new JwtIssuerValidator(provider.issuer())));
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(DevIdentityProvider provider) {
		return AuthorizationServerSettings.builder().issuer(provider.issuer()).build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain identityProviderSecurity(HttpSecurity http, RegisteredClientRepository clients,
			RateLimits rateLimits, SecurityHeaders headers) throws Exception {
		rateLimits.apply(http, false);
		http.headers(headers::apply);
		PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		String password = passwords.encode(DemoAccounts.SECRET);
		List<UserDetails> people = DemoAccounts.ALL.stream()
			.map(account -> User.withUsername(account.email()).password(password).roles(account.role().name()).build())
			.toList();
		// The provider's own sign-in session must not be mistaken for a dashboard login.
		HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
		sessions.setSpringSecurityContextKey("KOLLEGAN_DEV_IDP_SECURITY_CONTEXT");
		http.oauth2AuthorizationServer(server -> {
			RequestMatcher endpoints = server.getEndpointsMatcher();
			http.securityMatcher(
					new OrRequestMatcher(endpoints, PathPatternRequestMatcher.withDefaults().matcher(LOGIN_PAGE)));
			server.registeredClientRepository(clients).oidc(Customizer.withDefaults());
		})
			.authorizeHttpRequests(
					requests -> requests.requestMatchers(LOGIN_PAGE).permitAll().anyRequest().authenticated())
			.userDetailsService(new InMemoryUserDetailsManager(people))
			.securityContext(context -> context.securityContextRepository(sessions))
			.formLogin(form -> form.loginPage(LOGIN_PAGE).permitAll())
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
					new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	/**
	 * The demo script clients and the dashboard client. Built on first use, because the
	 * dashboard's redirect addresses need the port the server actually listens on.
	 */
	@Bean
	RegisteredClientRepository registeredClients(Environment environment, SecurityProperties properties) {
		Supplier<RegisteredClientRepository> clients = SingletonSupplier.of(() -> {
			// Encoded once per client: the repository refuses two clients with the same
			// stored secret.
			PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
			TokenSettings tokens = TokenSettings.builder()
				.accessTokenTimeToLive(properties.devIdp().tokenLifetime())
				.build();
			List<RegisteredClient> registered = new java.util.ArrayList<>();
			for (DemoAccounts.Account account : DemoAccounts.ALL) {
				registered.add(RegisteredClient.withId(account.clientId())
					.clientId(account.clientId())
					.clientSecret(passwords.encode(DemoAccounts.SECRET))
					.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
					.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
					.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
					.tokenSettings(tokens)
					.build());
			}
			int port = port(environment);
			registered.add(RegisteredClient.withId(DASHBOARD_CLIENT)
				.clientId(DASHBOARD_CLIENT)
				.clientSecret(passwords.encode(DemoAccounts.SECRET))
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("http://localhost:" + port + "/login/oauth2/code/kollegan")
				.redirectUri("http://127.0.0.1:" + port + "/login/oauth2/code/kollegan")
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.scope(OidcScopes.EMAIL)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.tokenSettings(tokens)
				.build());
			return new InMemoryRegisteredClientRepository(registered);
		});
		return new RegisteredClientRepository() {
			@Override
			public void save(RegisteredClient registeredClient) {
				clients.get().save(registeredClient);
			}

			@Override
			public RegisteredClient findById(String id) {
				return clients.get().findById(id);
			}

			@Override
			public RegisteredClient findByClientId(String clientId) {
				return clients.get().findByClientId(clientId);
			}
		};
	}

	/**
	 * Makes tokens carry what Entra ID's carry, and gives access tokens the API's
	 * audience (ID tokens keep the client as audience, as OpenID Connect requires).
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> entraLikeClaims(SecurityProperties properties) {
		return context -> {
			boolean clientCredentials = AuthorizationGrantType.CLIENT_CREDENTIALS
				.equals(context.getAuthorizationGrantType());
			Optional<DemoAccounts.Account> account = clientCredentials
					? DemoAccounts.byClientId(context.getRegisteredClient().getClientId())
					: DemoAccounts.byEmail(context.getPrincipal().getName());
			account.ifPresent(demo -> context.getClaims()
				.claim("tid", demo.tenant().directoryId())
				.claim("oid", demo.objectId())
				.claim("roles", List.of(demo.role().name()))
				.claim("preferred_username", demo.email())
				.claim("email", demo.email())
				.claim("name", demo.user().name()));
			if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				context.getClaims().audience(List.of(properties.audience()));
			}
		};
	}

	/**
	 * The dashboard's sign-in against this provider, on the port the server listens on.
	 */
	@Bean
	ClientRegistrationRepository dashboardLogin(Environment environment) {
		Supplier<ClientRegistration> registration = SingletonSupplier.of(() -> {
			String base = "http://127.0.0.1:" + port(environment);
			return ClientRegistration.withRegistrationId("kollegan")
				.clientId(DASHBOARD_CLIENT)
				.clientSecret(DemoAccounts.SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
				// Relative, so the browser stays on the host it used (localhost or
				// 127.0.0.1).
				.authorizationUri("/oauth2/authorize")
				.tokenUri(base + "/oauth2/token")
				.jwkSetUri(base + "/oauth2/jwks")
				.userNameAttributeName("sub")
				.clientName("Kollegan (utveckling)")
				.build();
		});
		return registrationId -> "kollegan".equals(registrationId) ? registration.get() : null;
	}

	private static int port(Environment environment) {
		return environment.getProperty("local.server.port", Integer.class,
				environment.getProperty("server.port", Integer.class, 8080));
	}

}
