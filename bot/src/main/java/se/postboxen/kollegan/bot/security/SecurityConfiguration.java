package se.postboxen.kollegan.bot.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.security.devidp.DevIdentityProvider;
import se.postboxen.kollegan.breakglass.BreakGlass;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Three filter chains: the development identity provider's endpoints (when it runs,
 * ordered first in its own configuration), the API as a stateless OAuth2 resource server,
 * and the rest (dashboard pages behind an OpenID Connect login, public probes and
 * documents). Wherever a person is signed in, an active break-glass grant makes them an
 * administrator for the request ({@link BreakGlassElevation}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Skew allowed on {@code exp}/{@code nbf}, as Microsoft's own validators allow. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	static final String LOGIN_REGISTRATION = "kollegan";

	/**
	 * Webhooks authenticate by signature in their own handler; here they only get the
	 * headers, the per-address rate limit and no session or CSRF token (a signed
	 * server-to-server call has no browser to forge it).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain webhookSecurity(HttpSecurity http, SecurityErrors errors, SecurityHeaders headers,
			RateLimits rateLimits) throws Exception {
		rateLimits.apply(http, false);
		http.securityMatcher(EndpointPolicy.WEBHOOKS.toArray(String[]::new))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers::apply);
		return http.build();
	}

	/**
	 * The API endpoints a browser navigates to (see {@link EndpointPolicy#BROWSER_API}):
	 * the same rules, but the sign-in session is read as well as bearer tokens, and a
	 * browser that is not signed in is sent to sign in.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain browserApiSecurity(HttpSecurity http, AuthenticationManagerResolver<HttpServletRequest> tokens,
			SecurityErrors errors, SecurityHeaders headers, RateLimits rateLimits, BreakGlass breakGlass,
			AuditLog auditLog, Clock clock) throws Exception {
		rateLimits.apply(http, true);
		http.addFilterBefore(new BreakGlassElevation(breakGlass, auditLog, clock), AuthorizationFilter.class);
		http.securityMatcher(EndpointPolicy.BROWSER_API.toArray(String[]::new)).authorizeHttpRequests(requests -> {
			for (EndpointPolicy.Rule rule : EndpointPolicy.API) {
				if (EndpointPolicy.BROWSER_API.contains(rule.pattern()) && rule.method() == HttpMethod.GET) {
					requests.requestMatchers(rule.method(), rule.pattern()).hasAnyRole(rule.roleNames());
				}
			}
			requests.anyRequest().denyAll();
		})
			.oauth2ResourceServer(server -> server.authenticationManagerResolver(tokens)
				.authenticationEntryPoint(errors)
				.accessDeniedHandler(errors))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + LOGIN_REGISTRATION), browsers())
				.defaultAuthenticationEntryPointFor(errors, request -> true)
				.accessDeniedHandler(errors))
			// GET only, changing nothing without the install's own signed state.
			.csrf(csrf -> csrf.disable())
			.headers(headers::apply);
		return http.build();
	}

	/**
	 * A browser asking for a page; API clients that accept anything ({@code *}{@code /*})
	 * are not sent to sign in but answered with a problem.
	 */
	private static MediaTypeRequestMatcher browsers() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return html;
	}

	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManagerResolver<HttpServletRequest> tokens,
			SecurityErrors errors, SecurityHeaders headers, HandlerLookup handlers, RateLimits rateLimits,
			BreakGlass breakGlass, AuditLog auditLog, Clock clock) throws Exception {
		rateLimits.apply(http, true);
		http.addFilterBefore(new BreakGlassElevation(breakGlass, auditLog, clock), AuthorizationFilter.class);
		http.securityMatcher("/api/**").authorizeHttpRequests(requests -> {
			for (EndpointPolicy.Rule rule : EndpointPolicy.API) {
				requests.requestMatchers(rule.method(), rule.pattern()).hasAnyRole(rule.roleNames());
			}
			// An endpoint without a rule is denied; a request no endpoint handles gets
			// MVC's 404/405.
			requests.anyRequest().access(handlers.unhandledForSignedIn());
		})
			.oauth2ResourceServer(server -> server.authenticationManagerResolver(tokens)
				.authenticationEntryPoint(errors)
				.accessDeniedHandler(errors))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens only, never cookies: a forged cross-site request has nothing
			// to ride on.
			.csrf(csrf -> csrf.disable())
			.cors(Customizer.withDefaults())
			.headers(headers::apply);
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> logins,
			SecurityErrors errors, SecurityHeaders headers, LoginAudit loginAudit, HandlerLookup handlers,
			RateLimits rateLimits, BreakGlass breakGlass, AuditLog auditLog, Clock clock) throws Exception {
		rateLimits.apply(http, false);
		http.addFilterBefore(new BreakGlassElevation(breakGlass, auditLog, clock), AuthorizationFilter.class);
		http.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointPolicy.PUBLIC.toArray(String[]::new))
			.permitAll()
			.anyRequest()
			.access(handlers.unhandledOrSignedIn()))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + LOGIN_REGISTRATION),
						new MediaTypeRequestMatcher(MediaType.TEXT_HTML))
				.defaultAuthenticationEntryPointFor(errors, request -> true))
			.headers(headers::apply);
		if (logins.getIfAvailable() != null) {
			http.oauth2Login(login -> login.loginPage("/oauth2/authorization/" + LOGIN_REGISTRATION)
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(loginAudit.userService()))
				.successHandler(loginAudit)).logout(logout -> logout.logoutSuccessUrl("/?utloggad"));
		}
		return http.build();
	}

	/**
	 * How bearer tokens are verified: by the development identity provider's keys when it
	 * runs, otherwise by the keys of the configured trusted issuers (each fetched from
	 * the issuer's metadata on first use). Signature (RS256 only), {@code iss},
	 * {@code aud}, {@code exp} and {@code nbf} are always checked.
	 */
	@Bean
	AuthenticationManagerResolver<HttpServletRequest> tokenAuthentication(SecurityProperties properties,
			Tenants tenants, ObjectProvider<DevIdentityProvider> devIdentityProvider) {
		TokenConverter converter = new TokenConverter(tenants);
		DevIdentityProvider dev = devIdentityProvider.getIfAvailable();
		if (dev != null) {
			AuthenticationManager manager = manager(dev.jwtDecoder(validator(dev.issuer(), properties.audience())),
					converter);
			return request -> manager;
		}
		List<String> trusted = List.copyOf(properties.issuers());
		Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();
		return new JwtIssuerAuthenticationManagerResolver(issuer -> trusted.contains(issuer)
				? managers.computeIfAbsent(issuer, i -> manager(issuerDecoder(i, properties.audience()), converter))
				: null);
	}

	static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
		return new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(CLOCK_SKEW),
				new JwtIssuerValidator(issuer), new JwtClaimValidator<List<String>>("aud",
						(List<String> aud) -> aud != null && aud.contains(audience)));
	}

	private static JwtDecoder issuerDecoder(String issuer, String audience) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(validator(issuer, audience));
		return decoder;
	}

	private static AuthenticationManager manager(JwtDecoder decoder, TokenConverter converter) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(converter);
		return new ProviderManager(provider);
	}

	/** The API's CORS allow-list; empty by default, so no other origin may call it. */
	@Bean
	CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		List<String> origins = properties.cors().allowedOrigins();
		if (!origins.isEmpty()) {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(origins);
			cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.POST.name(), HttpMethod.PUT.name(),
					HttpMethod.DELETE.name()));
			cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id", "traceparent"));
			cors.setExposedHeaders(List.of("Location", "X-Request-Id", "Retry-After"));
			cors.setMaxAge(Duration.ofHours(1));
			source.registerCorsConfiguration("/api/**", cors);
		}
		return source;
	}

}
