package se.postboxen.kollegan.brief;

import java.util.List;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

public interface Briefs {

	/**
	 * Stores a brief, replacing the one with the same id: a brief prepared again (a
	 * retried job, a recap published again) is the same brief, brought up to date.
	 */
	Brief save(Brief brief);

	/** The meeting's briefs, oldest first. */
	List<Brief> findByMeeting(TenantId tenantId, MeetingId meetingId);

}
