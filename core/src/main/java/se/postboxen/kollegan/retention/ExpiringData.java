package se.postboxen.kollegan.retention;

import java.time.Instant;
import java.util.Map;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * A store whose rows a retention period applies to. Meeting-based rows are past their
 * period when their meeting is over (done, failed or cancelled) and ended before the
 * cutoff; a meeting still running or waiting for its analysis keeps everything. Other
 * rows are past it when their own time is before the cutoff.
 */
public interface ExpiringData {

	RetentionKind kind();

	/**
	 * Deletes one batch of the tenant's rows past their period: at most {@code limit} of
	 * the units the store deletes by (a meeting's rows, a document …), with what hangs on
	 * them. Runs in the caller's transaction; the sweep calls again until nothing is
	 * deleted.
	 * @return rows deleted per table, for the audit entry; zeros when none were left
	 */
	Map<String, Long> deleteExpired(TenantId tenantId, Instant cutoff, int limit);

}
