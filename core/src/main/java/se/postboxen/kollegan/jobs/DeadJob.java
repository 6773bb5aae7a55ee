package se.postboxen.kollegan.jobs;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * A job that used up its attempts or failed permanently, kept for a person to look at.
 *
 * @param lastError the failure's class and message, stripped of anything secret-shaped
 * @param stackHash a short hash of the stack trace, to group identical failures
 */
public record DeadJob(UUID id, JobKey key, JobType type, @Nullable TenantId tenantId, int attempts, String lastError,
		@Nullable String stackHash, Instant diedAt) {

}
