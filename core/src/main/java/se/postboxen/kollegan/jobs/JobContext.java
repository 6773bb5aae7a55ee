package se.postboxen.kollegan.jobs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * About the run in progress.
 *
 * @param key the job's idempotency key
 * @param attempt which attempt this is, from 1
 * @param dueAt when the job was due, for lateness
 */
public record JobContext(JobKey key, @Nullable TenantId tenantId, int attempt, Instant dueAt) {

	/**
	 * The key a side effect of this job is recorded under, the same on every attempt, so
	 * that a re-run after a crash finds it done and does not repeat it.
	 */
	public String sideEffectKey() {
		return this.key.value();
	}

}
