package se.postboxen.kollegan.adapter.persistence.jobs;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.postboxen.kollegan.jobs.DeadJob;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * {@code agent-jobs} on Postgres: a row in {@code agent_job} for the queue's own state
 * and a db-scheduler execution to run it, written in one transaction (the caller's, when
 * there is one; db-scheduler's Spring integration makes its data source transaction
 * aware).
 */
@Component
class JdbcJobQueue implements JobQueue {

	private final JobStore store;

	private final SchedulerClient scheduler;

	private final TransactionTemplate transactions;

	private final JobMetrics metrics;

	private final JobObservations observations;

	private final Clock clock;

	// Lazy: the scheduler is built from the task that needs the worker, not this queue.
	JdbcJobQueue(JobStore store, @Lazy SchedulerClient scheduler, TransactionTemplate transactions, JobMetrics metrics,
			JobObservations observations, Clock clock) {
		this.store = store;
		this.scheduler = scheduler;
		this.transactions = transactions;
		this.metrics = metrics;
		this.observations = observations;
		this.clock = clock;
	}

	@Override
	public boolean enqueue(JobRequest request) {
		boolean queued = this.observations.enqueue(request,
				traced -> Boolean.TRUE.equals(this.transactions.execute(status -> this.store.insert(traced)
					.map(id -> this.scheduler.scheduleIfNotExists(instance(id), traced.runAt()))
					.orElse(false))));
		if (queued) {
			this.metrics.enqueued(request.payload().type());
		}
		return queued;
	}

	@Override
	public boolean cancel(JobKey key) {
		return !cancelExecutions(this.store.cancel("job_key", key.value())).isEmpty();
	}

	@Override
	public int cancelOwnedBy(JobOwner owner) {
		return cancelExecutions(this.store.cancel("owner", owner.value())).size();
	}

	private List<UUID> cancelExecutions(List<UUID> ids) {
		for (UUID id : ids) {
			try {
				this.scheduler.cancel(TaskInstanceId.of(AgentJobsTask.NAME, id.toString()));
			}
			catch (RuntimeException ex) {
				// Running right now (or already gone): the worker sees the job cancelled
				// and stops it.
			}
		}
		return ids;
	}

	@Override
	public List<DeadJob> dead(TenantId tenantId, int limit) {
		return this.store.dead(tenantId, limit);
	}

	@Override
	public Optional<JobKey> retryDead(TenantId tenantId, UUID deadJobId) {
		return this.transactions.execute(status -> {
			Optional<JobKey> key = this.store.requeueDead(tenantId, deadJobId, this.clock.instant());
			key.ifPresent(k -> this.scheduler.scheduleIfNotExists(instance(deadJobId), this.clock.instant()));
			return key;
		});
	}

	@Override
	public boolean deleteDead(TenantId tenantId, UUID deadJobId) {
		return this.store.deleteDead(tenantId, deadJobId);
	}

	private static TaskInstance<Void> instance(UUID id) {
		return new TaskInstance<>(AgentJobsTask.NAME, id.toString());
	}

}
