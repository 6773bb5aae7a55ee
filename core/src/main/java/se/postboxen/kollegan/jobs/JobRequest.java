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
 */
public record JobRequest(JobKey key, JobPayload payload, @Nullable TenantId tenantId, @Nullable JobOwner owner,
		Instant runAt) {

	public JobRequest {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(runAt, "runAt");
	}

}
