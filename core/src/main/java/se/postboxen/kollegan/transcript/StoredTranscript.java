package se.postboxen.kollegan.transcript;

import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A meeting's transcript as Kollegan keeps it: consent exclusions already applied.
 */
public record StoredTranscript(TenantId tenantId, MeetingId meetingId, TranscriptSource source, Transcript transcript,
		Instant storedAt) {

	public StoredTranscript {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(transcript, "transcript");
		Objects.requireNonNull(storedAt, "storedAt");
	}

}
