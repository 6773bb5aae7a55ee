package se.postboxen.kollegan.adapter.redis;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where Kollegan's Redis is.
 *
 * @param url {@code redis://[user:password@]host:6379[/db]}, or {@code rediss://…} for
 * TLS (environment variable {@code REDIS_URL}); when empty, an embedded Redis is started
 * on a free loopback port
 */
@Validated
@ConfigurationProperties("kollegan.redis")
public record RedisProperties(@Nullable String url) {

	boolean embedded() {
		return this.url == null || this.url.isBlank();
	}

}
