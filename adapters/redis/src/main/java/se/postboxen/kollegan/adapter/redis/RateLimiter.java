package se.postboxen.kollegan.adapter.redis;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets kept in Redis, so that every instance of Kollegan draws from the same
 * bucket (Bucket4j's compare-and-swap on Lettuce, see docs/adr/0003-rate-limits.md). When
 * Redis cannot be reached the request is let through and a warning logged: a rate limit
 * must not turn a Redis outage into an API outage.
 */
public final class RateLimiter implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(RateLimiter.class);

	private static final String PREFIX = "kollegan:ratelimit:";

	private final RedisClient client;

	private final StatefulRedisConnection<String, byte[]> connection;

	private final ProxyManager<String> buckets;

	RateLimiter(RedisConnection redis) {
		this.client = RedisClient.create(redis.toRedisUri());
		// Fail open fast: a request must not wait Lettuce's default minute for an absent
		// Redis.
		this.client
			.setOptions(ClientOptions.builder().timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(1))).build());
		this.connection = this.client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
		// A bucket's key expires once it would be full again, so idle callers leave
		// nothing behind.
		this.buckets = Bucket4jLettuce.casBasedBuilder(this.connection)
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
			.build();
	}

	/** Takes one token from the bucket named {@code key}, shaped by {@code limit}. */
	public Verdict tryConsume(String key, Limit limit) {
		try {
			BucketConfiguration configuration = BucketConfiguration.builder()
				.addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
					.refillGreedy(limit.capacity(), limit.period()))
				.build();
			// The limit is part of the key, so a changed limit starts a fresh bucket.
			String bucketKey = PREFIX + key + ":" + limit.capacity() + "/" + limit.period().toSeconds();
			ConsumptionProbe probe = this.buckets.builder()
				.build(bucketKey, () -> configuration)
				.tryConsumeAndReturnRemaining(1);
			return new Verdict(probe.isConsumed(), probe.getRemainingTokens(),
					Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
		catch (RuntimeException ex) {
			logger.warn("Rate limit not checked, Redis unavailable: {}", ex.getClass().getSimpleName());
			return new Verdict(true, limit.capacity(), Duration.ZERO);
		}
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.shutdown();
	}

	/** At most {@code capacity} requests per {@code period}, refilled smoothly. */
	public record Limit(long capacity, Duration period) {

		public Limit {
			if (capacity < 1) {
				throw new IllegalArgumentException("capacity must be at least 1");
			}
			if (period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("period must be positive");
			}
		}

	}

	/**
	 * @param retryAfter how long until a token is available again; zero when allowed
	 */
	public record Verdict(boolean allowed, long remaining, Duration retryAfter) {

	}

}
