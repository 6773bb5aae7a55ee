package se.postboxen.kollegan.adapter.persistence.action;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ActionItemRows extends ListCrudRepository<ActionItemRow, UUID> {

	Optional<ActionItemRow> findByIdAndTenantId(UUID id, UUID tenantId);

	List<ActionItemRow> findByTenantIdAndMeetingIdOrderByAtMillis(UUID tenantId, UUID meetingId);

}
