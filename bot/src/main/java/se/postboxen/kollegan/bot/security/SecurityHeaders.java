package se.postboxen.kollegan.bot.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * Response headers for every chain. Framing is governed by CSP {@code frame-ancestors}
 * (which can name the Teams and Office hosts) instead of {@code X-Frame-Options} (which
 * cannot); HSTS is sent on HTTPS responses only, as browsers ignore it elsewhere.
 */
@Component
public class SecurityHeaders {

	private final String contentSecurityPolicy;

	SecurityHeaders(SecurityProperties properties) {
		this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
				+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors "
				+ String.join(" ", properties.frameAncestors());
	}

	public void apply(HeadersConfigurer<HttpSecurity> headers) {
		headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
			.contentSecurityPolicy(csp -> csp.policyDirectives(this.contentSecurityPolicy))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
	}

}
