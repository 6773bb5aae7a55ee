package se.postboxen.kollegan.adapter.persistence.tenant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface UserRows extends ListCrudRepository<UserRow, UUID> {

	Optional<UserRow> findByTenantIdAndEmail(UUID tenantId, String email);

	List<UserRow> findByTenantIdOrderByEmail(UUID tenantId);

}
