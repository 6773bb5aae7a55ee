package se.postboxen.kollegan.adapter.persistence.recap;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DecisionRows extends ListCrudRepository<DecisionRow, UUID> {

	List<DecisionRow> findByTenantIdAndMeetingIdOrderByAtMillis(UUID tenantId, UUID meetingId);

	@Modifying
	@Query("DELETE FROM decision WHERE tenant_id = :tenantId AND meeting_id = :meetingId")
	void deleteByMeeting(UUID tenantId, UUID meetingId);

}
