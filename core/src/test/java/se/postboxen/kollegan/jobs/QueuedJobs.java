package se.postboxen.kollegan.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * The job queue for use-case tests: keeps what is queued, one job a key as the real queue
 * does, and records whether each enqueue happened inside the caller's transaction and
 * which owners' jobs were cancelled. Nothing runs.
 */
public final class QueuedJobs implements JobQueue {

	private final BooleanSupplier inTransaction;

	/** Every job queued, oldest first; a key queued again is not added twice. */
	public final List<JobRequest> queued = new ArrayList<>();

	/** For every call of {@link #enqueue}, whether a transaction was open. */
	public final List<Boolean> enqueuedInTransaction = new ArrayList<>();

	public final List<JobOwner> cancelledOwners = new ArrayList<>();

	/** Without transactions to observe. */
	public QueuedJobs() {
		this(() -> false);
	}

	/**
	 * @param inTransaction whether the test's transaction fake has one open
	 */
	public QueuedJobs(BooleanSupplier inTransaction) {
		this.inTransaction = inTransaction;
	}

	@Override
	public boolean enqueue(JobRequest request) {
		this.enqueuedInTransaction.add(this.inTransaction.getAsBoolean());
		if (this.queued.stream().anyMatch(queued -> queued.key().equals(request.key()))) {
			return false;
		}
		return this.queued.add(request);
	}

	@Override
	public boolean cancel(JobKey key) {
		return this.queued.removeIf(request -> request.key().equals(key));
	}

	/** Recorded; the jobs stay in {@link #queued}, so a test can still see them. */
	@Override
	public int cancelOwnedBy(JobOwner owner) {
		this.cancelledOwners.add(owner);
		return 0;
	}

	@Override
	public List<DeadJob> dead(TenantId tenantId, int limit) {
		return List.of();
	}

	@Override
	public Optional<JobKey> retryDead(TenantId tenantId, UUID deadJobId) {
		return Optional.empty();
	}

	@Override
	public boolean deleteDead(TenantId tenantId, UUID deadJobId) {
		return false;
	}

}
