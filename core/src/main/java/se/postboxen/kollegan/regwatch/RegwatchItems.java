package se.postboxen.kollegan.regwatch;

import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;

public interface RegwatchItems {

	RegwatchItem save(RegwatchItem item);

	Optional<RegwatchItem> findByExternalKey(TenantId tenantId, RegwatchSourceId sourceId, String externalKey);

	/** Appends a version; its number must be the next after the newest stored one. */
	RegwatchItemVersion addVersion(TenantId tenantId, RegwatchItemVersion version);

	/** All versions of an item, oldest first. */
	List<RegwatchItemVersion> versions(TenantId tenantId, RegwatchItemId itemId);

}
