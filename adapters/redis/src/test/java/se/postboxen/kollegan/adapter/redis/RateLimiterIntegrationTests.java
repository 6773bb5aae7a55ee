package se.postboxen.kollegan.adapter.redis;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a real (embedded) Redis; two limiters stand for two instances of Kollegan. */
class RateLimiterIntegrationTests {

	static RedisConnection redis;

	static RateLimiter first;

	static RateLimiter second;

	@BeforeAll
	static void start() {
		redis = RedisConnection.embedded();
		first = new RateLimiter(redis);
		second = new RateLimiter(redis);
	}

	@AfterAll
	static void stop() throws Exception {
		first.close();
		second.close();
		redis.close();
	}

	@Test
	void refusesOverTheLimitAndSaysWhenToRetry() {
		RateLimiter.Limit limit = new RateLimiter.Limit(3, Duration.ofMinutes(1));
		String key = "test:" + UUID.randomUUID();

		assertThat(first.tryConsume(key, limit).allowed()).isTrue();
		assertThat(first.tryConsume(key, limit).allowed()).isTrue();
		RateLimiter.Verdict last = first.tryConsume(key, limit);
		RateLimiter.Verdict over = first.tryConsume(key, limit);

		assertThat(last.allowed()).isTrue();
		assertThat(last.remaining()).isZero();
		assertThat(over.allowed()).isFalse();
		assertThat(over.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
	}

	@Test
	void instancesShareTheBucket() {
		RateLimiter.Limit limit = new RateLimiter.Limit(4, Duration.ofMinutes(1));
		String key = "shared:" + UUID.randomUUID();

		for (int i = 0; i < 2; i++) {
			assertThat(first.tryConsume(key, limit).allowed()).isTrue();
			assertThat(second.tryConsume(key, limit).allowed()).isTrue();
		}

		assertThat(second.tryConsume(key, limit).allowed()).isFalse();
		assertThat(first.tryConsume(key, limit).allowed()).isFalse();
	}

	@Test
	void keysDoNotShareBuckets() {
		RateLimiter.Limit limit = new RateLimiter.Limit(1, Duration.ofMinutes(1));

		assertThat(first.tryConsume("a:" + UUID.randomUUID(), limit).allowed()).isTrue();
		assertThat(first.tryConsume("b:" + UUID.randomUUID(), limit).allowed()).isTrue();
	}

}
