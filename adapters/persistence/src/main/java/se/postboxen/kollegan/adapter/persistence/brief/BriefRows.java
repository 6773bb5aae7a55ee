package se.postboxen.kollegan.adapter.persistence.brief;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface BriefRows extends ListCrudRepository<BriefRow, UUID> {

	List<BriefRow> findByTenantIdAndMeetingIdOrderByPreparedAt(UUID tenantId, UUID meetingId);

}
