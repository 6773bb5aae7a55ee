package se.postboxen.kollegan.transcript;

import java.util.Optional;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/** Kept transcripts, one per meeting. */
public interface Transcripts {

	/** Stores the meeting's transcript, replacing one kept before. */
	void save(StoredTranscript transcript);

	Optional<StoredTranscript> find(TenantId tenantId, MeetingId meetingId);

	/**
	 * @return whether there was one
	 */
	boolean delete(TenantId tenantId, MeetingId meetingId);

}
