package se.postboxen.kollegan.jobs;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * The durable queue {@code agent-jobs}. Enqueuing joins the caller's transaction: a job
 * queued by work that rolls back never existed.
 */
public interface JobQueue {

	/**
	 * Queues the job unless one with its key already exists (queued, running or dead).
	 * @return whether this call queued it
	 */
	boolean enqueue(JobRequest request);

	/** Cancels a pending job by key; a running one finishes its current attempt. */
	boolean cancel(JobKey key);

	/** Cancels every pending job of an owner, e.g. everything for a removed meeting. */
	int cancelOwnedBy(JobOwner owner);

	/** The tenant's dead-letter queue, newest first. */
	List<DeadJob> dead(TenantId tenantId, int limit);

	/**
	 * Queues a dead job again, with fresh attempts, and removes it from the dead-letter
	 * queue.
	 */
	Optional<JobKey> retryDead(TenantId tenantId, UUID deadJobId);

	boolean deleteDead(TenantId tenantId, UUID deadJobId);

}
