package se.postboxen.kollegan.regwatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;

public interface RegwatchItems {

	RegwatchItem save(RegwatchItem item);

	Optional<RegwatchItem> findById(TenantId tenantId, RegwatchItemId id);

	Optional<RegwatchItem> findByExternalKey(TenantId tenantId, RegwatchSourceId sourceId, String externalKey);

	/**
	 * A tenant's items, newest change first.
	 * @param sourceId only this source's, when given
	 * @param minRelevance only items scored at least this
	 * @param changedSince only items changed at or after this, when given
	 */
	List<RegwatchItem> find(TenantId tenantId, @Nullable RegwatchSourceId sourceId, int minRelevance,
			@Nullable Instant changedSince, int limit);

	/** Every item of a tenant, for rescoring when its topics change. */
	List<RegwatchItem> findAll(TenantId tenantId);

	/** Appends a version; its number must be the next after the newest stored one. */
	RegwatchItemVersion addVersion(TenantId tenantId, RegwatchItemVersion version);

	/** All versions of an item, oldest first. */
	List<RegwatchItemVersion> versions(TenantId tenantId, RegwatchItemId itemId);

	/** The newest version of an item, if it has any. */
	Optional<RegwatchItemVersion> newestVersion(TenantId tenantId, RegwatchItemId itemId);

}
