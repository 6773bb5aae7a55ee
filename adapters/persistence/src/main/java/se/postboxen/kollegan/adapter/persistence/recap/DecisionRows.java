package se.postboxen.kollegan.adapter.persistence.recap;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface DecisionRows extends ListCrudRepository<DecisionRow, UUID> {

	List<DecisionRow> findByTenantIdAndMeetingIdOrderByAtMillis(UUID tenantId, UUID meetingId);

}
