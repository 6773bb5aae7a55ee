package se.postboxen.kollegan.meeting;

import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;

/** Meetings' outcomes; a later conclusion (an upload after none) replaces the earlier. */
public interface MeetingConclusions {

	void save(MeetingConclusion conclusion);

	Optional<MeetingConclusion> find(TenantId tenantId, MeetingId meetingId);

}
