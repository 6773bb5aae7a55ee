package se.postboxen.kollegan.adapter.persistence;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.shared.TransactionLocks;
import se.postboxen.kollegan.shared.Transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

@StoreIntegrationTest
class JdbcTransactionLocksIntegrationTests {

	@Autowired
	TransactionLocks locks;

	@Autowired
	Transactions transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSecondTransactionWaitsForTheLockUntilTheFirstEnds() throws Exception {
		String name = "test:" + UUID.randomUUID();
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> this.transactions.inTransaction(() -> {
			this.locks.lock(name);
			held.countDown();
			awaitRelease(release);
			return null;
		}));
		assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> this.transactions.inTransaction(() -> {
			this.locks.lock(name);
			return "got it";
		}));
		await().atMost(Duration.ofSeconds(10)).until(() -> waitingFor(name) == 1);
		assertThat(second).isNotDone();

		release.countDown();
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("got it");
		first.get(10, TimeUnit.SECONDS);
		assertThat(waitingFor(name)).isZero();
	}

	@Test
	void otherNamesDoNotWait() {
		String name = "test:" + UUID.randomUUID();
		String other = this.transactions.inTransaction(() -> {
			this.locks.lock(name);
			return CompletableFuture.supplyAsync(() -> this.transactions.inTransaction(() -> {
				this.locks.lock(name + ":other");
				return "not blocked";
			})).join();
		});

		assertThat(other).isEqualTo("not blocked");
	}

	@Test
	void aLockOutsideATransactionIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> this.locks.lock("test:" + UUID.randomUUID()));
	}

	/** Transactions waiting for the lock: a 64-bit key is its high and low halves. */
	private long waitingFor(String name) {
		return this.jdbc.sql("""
				SELECT count(*) FROM pg_locks
				WHERE locktype = 'advisory' AND NOT granted
				  AND ((classid::bigint << 32) | objid::bigint) = hashtextextended(:key, 0)
				""").param("key", "kollegan:" + name).query(Long.class).single();
	}

	private static void awaitRelease(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("never released");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
