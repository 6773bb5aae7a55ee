package se.postboxen.kollegan.brief;

import java.util.List;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

public interface Briefs {

	Brief save(Brief brief);

	List<Brief> findByMeeting(TenantId tenantId, MeetingId meetingId);

}
