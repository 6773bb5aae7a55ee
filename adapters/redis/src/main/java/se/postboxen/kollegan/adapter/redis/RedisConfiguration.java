package se.postboxen.kollegan.adapter.redis;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Redis for rate limits, cache, de-duplication and live-status fan-out. Runs before
 * Boot's Redis configuration so that Lettuce connects to {@link RedisConnection},
 * embedded or external.
 */
@AutoConfiguration(before = DataRedisAutoConfiguration.class)
@EnableConfigurationProperties(RedisProperties.class)
public class RedisConfiguration {

	@Bean(destroyMethod = "close")
	RedisConnection redisConnection(RedisProperties properties) {
		return properties.embedded() ? RedisConnection.embedded() : RedisConnection.external(properties.url());
	}

	@Bean(destroyMethod = "close")
	RateLimiter rateLimiter(RedisConnection connection) {
		return new RateLimiter(connection);
	}

	@Bean(destroyMethod = "close")
	RedisMeetingStatusFeed meetingStatusFeed(RedisConnectionFactory connections) {
		return new RedisMeetingStatusFeed(connections);
	}

	@Bean
	RedisPersonalData redisPersonalData(RedisConnectionFactory connections) {
		return new RedisPersonalData(connections);
	}

	@Bean
	LettuceClientConfigurationBuilderCustomizer redisTls(RedisConnection connection) {
		return builder -> {
			if (connection.tls()) {
				builder.useSsl();
			}
		};
	}

}
