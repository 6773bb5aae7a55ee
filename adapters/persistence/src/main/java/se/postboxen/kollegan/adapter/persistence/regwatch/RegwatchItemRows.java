package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RegwatchItemRows extends ListCrudRepository<RegwatchItemRow, UUID> {

	Optional<RegwatchItemRow> findByTenantIdAndSourceIdAndExternalKey(UUID tenantId, UUID sourceId, String externalKey);

}
