package se.postboxen.kollegan.bot.ratelimit;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import se.postboxen.kollegan.adapter.redis.RateLimiter;

/**
 * Request limits, shared by all instances through Redis. The defaults are in
 * {@code application.yml}: 300 per address, 120 per user and 1200 per tenant a minute.
 *
 * @param enabled switch off only to measure without them
 * @param perAddress every request from one client address, before sign-in is checked
 * (sign-in pages, token endpoint, requests with bad tokens)
 * @param perUser a signed-in caller's API requests
 * @param perTenant all API requests of one tenant together
 */
@Validated
@ConfigurationProperties("kollegan.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @Valid @NotNull Limit perAddress,
		@Valid @NotNull Limit perUser, @Valid @NotNull Limit perTenant) {

	/** {@code capacity} requests per {@code period}. */
	public record Limit(@Min(1) long capacity, @NotNull Duration period) {

		RateLimiter.Limit toLimiter() {
			return new RateLimiter.Limit(this.capacity, this.period);
		}

	}

}
