package se.postboxen.kollegan.retention;

import java.time.ZoneId;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.JobSchedule;
import se.postboxen.kollegan.jobs.JobType;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The sweep through agent-jobs: every night the schedule's job (for no tenant) queues one
 * sweep per tenant, keyed by tenant and night, so a tenant whose sweep fails is retried
 * and dead-lettered on its own and a re-run of the fan-out queues nothing twice.
 */
public final class RetentionJobs implements JobHandler<JobPayload.RetentionSweep> {

	/** 03:00 Swedish time: quiet, and long before anyone's morning. */
	public static final JobSchedule SCHEDULE = new JobSchedule("retention-sweep", "0 0 3 * * *",
			ZoneId.of("Europe/Stockholm"), new JobPayload.RetentionSweep());

	private final RetentionSweeper sweeper;

	private final RetentionPolicies policies;

	private final JobQueue queue;

	public RetentionJobs(RetentionSweeper sweeper, RetentionPolicies policies, JobQueue queue) {
		this.sweeper = sweeper;
		this.policies = policies;
		this.queue = queue;
	}

	@Override
	public JobType type() {
		return JobType.RETENTION_SWEEP;
	}

	@Override
	public JobOutcome handle(JobPayload.RetentionSweep payload, JobContext context) {
		TenantId tenantId = context.tenantId();
		if (tenantId == null) {
			for (TenantId tenant : this.policies.tenants()) {
				this.queue
					.enqueue(new JobRequest(new JobKey("retention:" + tenant + ":" + context.dueAt().getEpochSecond()),
							new JobPayload.RetentionSweep(), tenant, null, context.dueAt()));
			}
			return JobOutcome.done();
		}
		this.sweeper.sweep(tenantId);
		return JobOutcome.done();
	}

}
