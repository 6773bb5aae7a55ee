package se.postboxen.kollegan.legal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Juridik-Gunnar's reading of one meeting, in the order things were said.
 *
 * @param analysedAt when the recap it follows was published
 */
public record MeetingLegalAnalysis(TenantId tenantId, MeetingId meetingId, List<LegalFinding> findings,
		Instant analysedAt) {

	public MeetingLegalAnalysis {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		findings = List.copyOf(findings);
		Objects.requireNonNull(analysedAt, "analysedAt");
	}

}
