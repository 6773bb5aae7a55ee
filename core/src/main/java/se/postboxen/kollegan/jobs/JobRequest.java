package se.postboxen.kollegan.jobs;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * A job to queue.
 *
 * @param tenantId the tenant the work is for, or {@code null} for system work
 * @param owner what the job belongs to, for cancellation, if anything
 * @param runAt when it is due; now or in the past means as soon as possible
 * @param traceContext the trace of the work that queued it (a W3C {@code traceparent}),
 * which the job's runs continue, so that a nudge two days later is found under the recap
 * that scheduled it; opaque here, and filled in by the queue from the current trace when
 * {@code null}
 */
public record JobRequest(JobKey key, JobPayload payload, @Nullable TenantId tenantId, @Nullable JobOwner owner,
		Instant runAt, @Nullable String traceContext) {

	public JobRequest {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(runAt, "runAt");
	}

	/** A job that continues the trace current where it is queued. */
	public JobRequest(JobKey key, JobPayload payload, @Nullable TenantId tenantId, @Nullable JobOwner owner,
			Instant runAt) {
		this(key, payload, tenantId, owner, runAt, null);
	}

	public JobRequest withTraceContext(@Nullable String traceContext) {
		return new JobRequest(this.key, this.payload, this.tenantId, this.owner, this.runAt, traceContext);
	}

}
