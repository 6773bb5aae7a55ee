package se.postboxen.kollegan.consent;

import java.util.List;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

public interface ConsentRecords {

	ConsentRecord save(ConsentRecord record);

	List<ConsentRecord> findByMeeting(TenantId tenantId, MeetingId meetingId);

}
