package se.postboxen.kollegan.adapter.persistence;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.postboxen.kollegan.shared.Transactions;

/** Database transactions for use cases; joins a transaction already in progress. */
@Component
class JdbcTransactions implements Transactions {

	private final TransactionTemplate template;

	JdbcTransactions(TransactionTemplate template) {
		this.template = template;
	}

	@Override
	public <T> T inTransaction(Supplier<T> work) {
		return this.template.execute(status -> work.get());
	}

	@Override
	public void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				action.run();
			}

		});
	}

}
