package se.postboxen.kollegan.adapter.persistence.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingRows extends ListCrudRepository<MeetingRow, UUID> {

	Optional<MeetingRow> findByIdAndTenantId(UUID id, UUID tenantId);

	long countByTenantId(UUID tenantId);

	List<MeetingRow> findByTenantIdAndIcalUidOrderByStartsAt(UUID tenantId, String icalUid);

}
