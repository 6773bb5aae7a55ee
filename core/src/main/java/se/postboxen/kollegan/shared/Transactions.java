package se.postboxen.kollegan.shared;

import java.util.function.Supplier;

/**
 * Runs a piece of work atomically: everything it writes is committed together or not at
 * all. Use cases own their transaction boundary through this port so that a half-done
 * change (a meeting without its audit entry, later a recap without its nudge) cannot
 * exist.
 */
public interface Transactions {

	<T> T inTransaction(Supplier<T> work);

	/**
	 * Runs {@code action} once the current transaction has committed (at once when there
	 * is none): for telling the world about a change only when it is real.
	 */
	void afterCommit(Runnable action);

}
