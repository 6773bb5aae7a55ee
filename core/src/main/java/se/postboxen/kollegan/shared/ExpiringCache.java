package se.postboxen.kollegan.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Values that run out, such as OAuth access tokens: each is fetched when first asked for
 * and again once it is within a margin of its expiry, so that nobody is handed one that
 * expires mid-call. Callers asking for a key while it is being fetched wait for that one
 * fetch instead of starting their own (a token endpoint asked once, not once per worker);
 * other keys are not held up. A fetch that fails keeps nothing and fails the caller.
 *
 * @param <K> what a value is for: a directory, a scope, an app
 * @param <V> the value
 */
public final class ExpiringCache<K, V> {

	/**
	 * A value as fetched, and how long its issuer says it is good for (OAuth's
	 * {@code expires_in}).
	 */
	public record Fetched<V>(V value, Duration lifetime) {

	}

	private record Held<V>(V value, Instant renewAt) {

	}

	/** One key's value, and the lock that lets only one caller fetch it at a time. */
	private static final class Slot<V> {

		private final ReentrantLock fetching = new ReentrantLock();

		// Read without the lock, so that a valid value costs no waiting.
		private volatile @Nullable Held<V> held;

	}

	private final Function<K, Fetched<V>> fetch;

	private final Duration margin;

	private final Clock clock;

	private final ConcurrentMap<K, Slot<V>> slots = new ConcurrentHashMap<>();

	/**
	 * @param fetch asks the issuer for the key's value
	 * @param margin how long before its expiry a value is fetched anew
	 * @param clock what expiry is measured by
	 */
	public ExpiringCache(Function<K, Fetched<V>> fetch, Duration margin, Clock clock) {
		if (margin.isNegative()) {
			throw new IllegalArgumentException("The margin before expiry must not be negative");
		}
		this.fetch = fetch;
		this.margin = margin;
		this.clock = clock;
	}

	/**
	 * The key's value: the one held while it is outside the margin of its expiry, else a
	 * newly fetched one.
	 * @throws RuntimeException whatever the fetch threw; nothing is kept then
	 */
	public V get(K key) {
		Slot<V> slot = this.slots.computeIfAbsent(key, (absent) -> new Slot<>());
		Held<V> held = slot.held;
		if (valid(held)) {
			return held.value();
		}
		// A lock rather than synchronized: the fetch is a remote call, which would pin a
		// virtual thread's carrier under synchronized on JDKs before 24, should
		// spring.threads.virtual be turned on.
		slot.fetching.lock();
		try {
			held = slot.held;
			if (valid(held)) {
				// Fetched by the caller this one waited for.
				return held.value();
			}
			Fetched<V> fetched = this.fetch.apply(key);
			slot.held = new Held<>(fetched.value(), this.clock.instant().plus(fetched.lifetime()).minus(this.margin));
			return fetched.value();
		}
		finally {
			slot.fetching.unlock();
		}
	}

	/**
	 * Drops the key's value, after its issuer refused it (revoked, secret rotated): the
	 * next {@link #get} fetches a new one.
	 */
	public void forget(K key) {
		Slot<V> slot = this.slots.get(key);
		if (slot != null) {
			slot.held = null;
		}
	}

	private boolean valid(@Nullable Held<V> held) {
		return held != null && this.clock.instant().isBefore(held.renewAt());
	}

}
