package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface RegwatchSourceRows extends ListCrudRepository<RegwatchSourceRow, UUID> {

	Optional<RegwatchSourceRow> findByIdAndTenantId(UUID id, UUID tenantId);

	List<RegwatchSourceRow> findByTenantIdOrderByName(UUID tenantId);

}
