package se.postboxen.kollegan.legal;

import java.util.Optional;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The meetings' legal analyses, one per meeting, deleted with the meeting's content (see
 * {@link se.postboxen.kollegan.offboarding.PersonalData}).
 */
public interface LegalAnalyses {

	/** Stores the meeting's analysis, replacing an earlier one. */
	void save(MeetingLegalAnalysis analysis);

	Optional<MeetingLegalAnalysis> find(TenantId tenantId, MeetingId meetingId);

	void delete(TenantId tenantId, MeetingId meetingId);

}
