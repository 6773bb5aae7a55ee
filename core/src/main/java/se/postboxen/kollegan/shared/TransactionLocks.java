package se.postboxen.kollegan.shared;

/**
 * Named locks that every replica sees, each held until the transaction that took it ends:
 * for check-then-insert work that two instances starting together would otherwise both do
 * (seeding demo data). The second caller waits, then finds the first one's work
 * committed.
 */
public interface TransactionLocks {

	/**
	 * Waits until no other transaction holds {@code name}, then holds it until the
	 * current transaction commits or rolls back.
	 * @param name what the lock guards, e.g. {@code demo-data}
	 * @throws IllegalStateException when there is no current transaction to hold it
	 */
	void lock(String name);

}
