package se.postboxen.kollegan.recap;

import java.util.List;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

public interface Decisions {

	Decision save(Decision decision);

	List<Decision> findByMeeting(TenantId tenantId, MeetingId meetingId);

}
