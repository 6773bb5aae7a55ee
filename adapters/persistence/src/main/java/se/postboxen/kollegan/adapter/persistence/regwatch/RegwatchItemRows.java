package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RegwatchItemRows extends ListCrudRepository<RegwatchItemRow, UUID> {

	Optional<RegwatchItemRow> findByTenantIdAndSourceIdAndExternalKey(UUID tenantId, UUID sourceId, String externalKey);

	Optional<RegwatchItemRow> findByIdAndTenantId(UUID id, UUID tenantId);

	List<RegwatchItemRow> findByTenantId(UUID tenantId);

	@Query("""
			SELECT * FROM regwatch_item
			WHERE tenant_id = :tenantId
			  AND (CAST(:sourceId AS uuid) IS NULL OR source_id = :sourceId)
			  AND relevance >= :minRelevance
			  AND last_changed_at >= :changedSince
			ORDER BY last_changed_at DESC, id
			LIMIT :limit
			""")
	List<RegwatchItemRow> find(UUID tenantId, @Nullable UUID sourceId, int minRelevance, Instant changedSince,
			int limit);

}
