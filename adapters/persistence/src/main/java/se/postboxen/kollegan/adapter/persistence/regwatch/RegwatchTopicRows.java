package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RegwatchTopicRows extends ListCrudRepository<RegwatchTopicRow, UUID> {

	@Query("SELECT * FROM regwatch_topic WHERE tenant_id = :tenantId ORDER BY lower(keyword)")
	List<RegwatchTopicRow> findAllOf(UUID tenantId);

	@Modifying
	@Query("DELETE FROM regwatch_topic WHERE id = :id AND tenant_id = :tenantId")
	int deleteOf(UUID id, UUID tenantId);

}
