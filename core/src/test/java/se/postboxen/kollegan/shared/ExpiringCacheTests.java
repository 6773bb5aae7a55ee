package se.postboxen.kollegan.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ExpiringCacheTests {

	private static final Duration HOUR = Duration.ofHours(1);

	private static final Duration MARGIN = Duration.ofMinutes(5);

	private final MovingClock clock = new MovingClock(Instant.parse("2026-11-26T10:00:00Z"));

	private final AtomicInteger fetches = new AtomicInteger();

	/** Hands out "token-1", "token-2" … for an hour each, the key in front. */
	private final ExpiringCache<String, String> tokens = new ExpiringCache<>(
			(key) -> new ExpiringCache.Fetched<>(key + ":token-" + this.fetches.incrementAndGet(), HOUR), MARGIN,
			this.clock);

	@Test
	void keepsAValueUntilTheMarginBeforeItExpires() {
		assertThat(this.tokens.get("a")).isEqualTo("a:token-1");
		this.clock.advance(HOUR.minus(MARGIN).minusSeconds(1));
		assertThat(this.tokens.get("a")).isEqualTo("a:token-1");

		this.clock.advance(Duration.ofSeconds(1));

		assertThat(this.tokens.get("a")).isEqualTo("a:token-2");
		assertThat(this.tokens.get("a")).isEqualTo("a:token-2");
		assertThat(this.fetches).hasValue(2);
	}

	@Test
	void measuresTheLifetimeFromWhenTheValueArrived() {
		ExpiringCache<String, String> slow = new ExpiringCache<>((key) -> {
			// The issuer took a minute to answer.
			this.clock.advance(Duration.ofMinutes(1));
			return new ExpiringCache.Fetched<>("token-" + this.fetches.incrementAndGet(), HOUR);
		}, MARGIN, this.clock);
		slow.get("a");

		this.clock.advance(HOUR.minus(MARGIN).minusSeconds(1));

		assertThat(slow.get("a")).isEqualTo("token-1");
	}

	@Test
	void aForgottenValueIsFetchedAnewAndOtherKeysAreKept() {
		this.tokens.get("a");
		this.tokens.get("b");

		this.tokens.forget("a");
		this.tokens.forget("never-asked");

		assertThat(this.tokens.get("a")).isEqualTo("a:token-3");
		assertThat(this.tokens.get("b")).isEqualTo("b:token-2");
	}

	@Test
	void aFailedFetchKeepsNothing() {
		AtomicInteger calls = new AtomicInteger();
		ExpiringCache<String, String> flaky = new ExpiringCache<>((key) -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("the token endpoint is down");
			}
			return new ExpiringCache.Fetched<>("token", HOUR);
		}, MARGIN, this.clock);

		assertThatIllegalStateException().isThrownBy(() -> flaky.get("a")).withMessage("the token endpoint is down");

		assertThat(flaky.get("a")).isEqualTo("token");
		assertThat(calls).hasValue(2);
	}

	@Test
	void aNegativeMarginIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ExpiringCache<String, String>((key) -> new ExpiringCache.Fetched<>("token", HOUR),
					Duration.ofSeconds(-1), this.clock));
	}

	@Test
	@Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void callersAskingWhileAKeyIsFetchedWaitForThatOneFetch() throws InterruptedException {
		CountDownLatch answer = new CountDownLatch(1);
		ExpiringCache<String, String> slow = new ExpiringCache<>((key) -> {
			this.fetches.incrementAndGet();
			await(answer);
			return new ExpiringCache.Fetched<>("token", HOUR);
		}, MARGIN, this.clock);
		Set<String> got = ConcurrentHashMap.newKeySet();
		List<Thread> callers = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			Thread caller = new Thread(() -> got.add(slow.get("a")));
			caller.start();
			callers.add(caller);
		}

		// Every caller is parked: one in the fetch, waiting for the answer, the others
		// behind it (or, were the cache broken, in fetches of their own).
		while (!callers.stream().allMatch(ExpiringCacheTests::parked)) {
			Thread.onSpinWait();
		}
		answer.countDown();
		for (Thread caller : callers) {
			caller.join();
		}

		assertThat(this.fetches).hasValue(1);
		assertThat(got).containsExactly("token");
	}

	@Test
	@Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aSlowFetchHoldsUpNoOtherKey() throws InterruptedException {
		CountDownLatch fetching = new CountDownLatch(1);
		CountDownLatch answer = new CountDownLatch(1);
		ExpiringCache<String, String> tokens = new ExpiringCache<>((key) -> {
			if (key.equals("slow")) {
				fetching.countDown();
				await(answer);
			}
			return new ExpiringCache.Fetched<>(key + ":token", HOUR);
		}, MARGIN, this.clock);
		Thread slow = new Thread(() -> tokens.get("slow"));
		slow.start();
		fetching.await();

		assertThat(tokens.get("quick")).isEqualTo("quick:token");

		answer.countDown();
		slow.join();
	}

	private static boolean parked(Thread thread) {
		return thread.getState() == Thread.State.WAITING || thread.getState() == Thread.State.TIMED_WAITING;
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the test never answered the fetch");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
