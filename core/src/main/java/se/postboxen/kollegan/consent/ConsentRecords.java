package se.postboxen.kollegan.consent;

import java.util.Collection;
import java.util.List;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

public interface ConsentRecords {

	ConsentRecord save(ConsentRecord record);

	/** The meeting's answers, oldest first. */
	List<ConsentRecord> findByMeeting(TenantId tenantId, MeetingId meetingId);

	/**
	 * The answers to all of these meetings of the tenant, oldest first, in one read for a
	 * list that shows many meetings; another tenant's meeting has none here.
	 */
	List<ConsentRecord> findByMeetings(TenantId tenantId, Collection<MeetingId> meetingIds);

}
