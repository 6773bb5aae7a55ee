package se.postboxen.kollegan.regwatch;

import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;

public interface RegwatchSources {

	RegwatchSource save(RegwatchSource source);

	Optional<RegwatchSource> findById(TenantId tenantId, RegwatchSourceId id);

	List<RegwatchSource> findAll(TenantId tenantId);

	/** Every enabled source of every tenant, for the scheduled scan. */
	List<RegwatchSource> allEnabled();

	/** Removes the source with its items and their versions; whether there was one. */
	boolean delete(TenantId tenantId, RegwatchSourceId id);

	/** Empty before the source's first fetch. */
	Optional<FetchState> fetchState(TenantId tenantId, RegwatchSourceId id);

	void record(FetchState state);

}
