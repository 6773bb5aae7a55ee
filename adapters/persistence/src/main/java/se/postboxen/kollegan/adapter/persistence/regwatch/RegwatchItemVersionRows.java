package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RegwatchItemVersionRows extends ListCrudRepository<RegwatchItemVersionRow, UUID> {

	List<RegwatchItemVersionRow> findByTenantIdAndItemIdOrderByNumber(UUID tenantId, UUID itemId);

	Optional<RegwatchItemVersionRow> findFirstByTenantIdAndItemIdOrderByNumberDesc(UUID tenantId, UUID itemId);

	@Query("SELECT coalesce(max(number), 0) FROM regwatch_item_version WHERE tenant_id = :tenantId AND item_id = :itemId")
	int newestNumber(UUID tenantId, UUID itemId);

}
