package se.postboxen.kollegan.adapter.persistence.tenant;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface TenantRows extends ListCrudRepository<TenantRow, UUID> {

	Optional<TenantRow> findBySlug(String slug);

	Optional<TenantRow> findByDirectoryId(String directoryId);

}
