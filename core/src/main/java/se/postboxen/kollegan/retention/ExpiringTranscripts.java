package se.postboxen.kollegan.retention;

import java.util.List;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Kept transcripts as the sweep sees them. Whether one is past its period depends on the
 * meeting's consent level, which the consent rules decide, so the sweep asks for the
 * candidates and judges each.
 */
public interface ExpiringTranscripts {

	/**
	 * The tenant's meetings that are over (done, failed or cancelled) and still have a
	 * transcript, by id, after {@code after} (from the start when {@code null}).
	 */
	List<MeetingId> ofMeetingsOver(TenantId tenantId, @Nullable MeetingId after, int limit);

}
