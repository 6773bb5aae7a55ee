package se.postboxen.kollegan.recap;

import java.util.Optional;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/** Recaps, one per meeting. */
public interface Recaps {

	/** Stores the meeting's recap, replacing an earlier one. */
	void save(Recap recap);

	Optional<Recap> find(TenantId tenantId, MeetingId meetingId);

}
