package se.postboxen.kollegan.brief;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/** The meetings a pre-brief looks back on. */
public interface EarlierMeetings {

	/**
	 * The tenant's latest {@code limit} meetings that are done and started before
	 * {@code before}, newest first: of the same series ({@code icalUid}) or with any of
	 * {@code people}. With {@code concerning}, only meetings that concern that person.
	 */
	List<MeetingId> find(TenantId tenantId, Instant before, @Nullable String icalUid, Set<EmailAddress> people,
			@Nullable EmailAddress concerning, int limit);

}
