package se.postboxen.kollegan.bot.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.redis.RateLimiter;
import se.postboxen.kollegan.bot.ratelimit.RateLimitFilter;
import se.postboxen.kollegan.bot.ratelimit.RateLimitProperties;
import se.postboxen.kollegan.bot.web.ProblemWriter;

/** Puts the rate-limit filters into a security chain, where they belong in it. */
@Component
public class RateLimits {

	private final RateLimiter limiter;

	private final ProblemWriter problems;

	private final RateLimitProperties properties;

	RateLimits(RateLimiter limiter, ProblemWriter problems, RateLimitProperties properties) {
		this.limiter = limiter;
		this.problems = problems;
		this.properties = properties;
	}

	/**
	 * By address right after the security context is set up (before any credential is
	 * checked, so that guessing passwords or tokens is limited too) and, for bearer-token
	 * chains, by identity once the token is verified.
	 */
	public void apply(HttpSecurity http, boolean bearerTokens) {
		if (!this.properties.enabled()) {
			return;
		}
		http.addFilterAfter(RateLimitFilter.byAddress(this.limiter, this.problems, this.properties),
				SecurityContextHolderFilter.class);
		if (bearerTokens) {
			http.addFilterAfter(RateLimitFilter.byIdentity(this.limiter, this.problems, this.properties),
					BearerTokenAuthenticationFilter.class);
		}
	}

}
