package se.postboxen.kollegan.adapter.persistence.consent;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ConsentRecordRows extends ListCrudRepository<ConsentRecordRow, UUID> {

	List<ConsentRecordRow> findByTenantIdAndMeetingIdOrderByAnsweredAt(UUID tenantId, UUID meetingId);

}
