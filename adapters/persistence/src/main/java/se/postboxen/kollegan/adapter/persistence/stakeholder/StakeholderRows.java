package se.postboxen.kollegan.adapter.persistence.stakeholder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface StakeholderRows extends ListCrudRepository<StakeholderRow, UUID> {

	Optional<StakeholderRow> findByTenantIdAndEmail(UUID tenantId, String email);

	List<StakeholderRow> findByTenantIdOrderByName(UUID tenantId);

}
