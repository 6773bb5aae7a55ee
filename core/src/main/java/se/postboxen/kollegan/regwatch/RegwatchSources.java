package se.postboxen.kollegan.regwatch;

import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;

public interface RegwatchSources {

	RegwatchSource save(RegwatchSource source);

	Optional<RegwatchSource> findById(TenantId tenantId, RegwatchSourceId id);

	List<RegwatchSource> findAll(TenantId tenantId);

}
