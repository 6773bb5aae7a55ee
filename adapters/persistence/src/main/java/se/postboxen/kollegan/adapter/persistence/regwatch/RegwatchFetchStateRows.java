package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RegwatchFetchStateRows extends ListCrudRepository<RegwatchFetchStateRow, UUID> {

	Optional<RegwatchFetchStateRow> findBySourceIdAndTenantId(UUID sourceId, UUID tenantId);

}
