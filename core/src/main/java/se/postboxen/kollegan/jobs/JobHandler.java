package se.postboxen.kollegan.jobs;

/**
 * Does the work of one job type. Handlers must be idempotent: after a crash a job may run
 * again, so side effects are keyed (see {@link JobContext#sideEffectKey()}).
 */
public interface JobHandler<P extends JobPayload> {

	JobType type();

	JobOutcome handle(P payload, JobContext context);

}
