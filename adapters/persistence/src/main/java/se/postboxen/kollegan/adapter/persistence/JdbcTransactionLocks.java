package se.postboxen.kollegan.adapter.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.postboxen.kollegan.shared.TransactionLocks;

/**
 * Postgres transaction-level advisory locks: released by the database when the
 * transaction ends, also when its instance dies, so a crashed replica never leaves one
 * behind.
 */
@Component
class JdbcTransactionLocks implements TransactionLocks {

	private final JdbcClient jdbc;

	JdbcTransactionLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void lock(String name) {
		// Outside a transaction each statement is its own: the lock would end at once.
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A lock is held until its transaction ends: take it inside one");
		}
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:name, 0))")
			.param("name", "kollegan:" + name)
			.query((rs, row) -> 0)
			.list();
	}

}
