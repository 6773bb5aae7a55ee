package se.postboxen.kollegan.recap;

import java.util.List;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

public interface Decisions {

	Decision save(Decision decision);

	/** Removes a meeting's decisions, so that a new analysis can replace them. */
	void deleteByMeeting(TenantId tenantId, MeetingId meetingId);

	List<Decision> findByMeeting(TenantId tenantId, MeetingId meetingId);

}
