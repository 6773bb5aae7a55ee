package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RegwatchSourceRows extends ListCrudRepository<RegwatchSourceRow, UUID> {

	Optional<RegwatchSourceRow> findByIdAndTenantId(UUID id, UUID tenantId);

	List<RegwatchSourceRow> findByTenantIdOrderByName(UUID tenantId);

	@Query("SELECT * FROM regwatch_source WHERE enabled ORDER BY tenant_id, id")
	List<RegwatchSourceRow> findEnabled();

	@Modifying
	@Query("DELETE FROM regwatch_source WHERE id = :id AND tenant_id = :tenantId")
	int deleteOf(UUID id, UUID tenantId);

}
