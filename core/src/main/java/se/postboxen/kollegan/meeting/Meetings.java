package se.postboxen.kollegan.meeting;

import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * The stored meetings. Every read names the tenant: a meeting of another tenant is not
 * found, exactly like one that does not exist.
 */
public interface Meetings {

	/**
	 * Stores a new meeting or the new state of a stored one.
	 * @throws ConcurrentMeetingUpdateException when someone else changed it since it was
	 * read
	 */
	Meeting save(Meeting meeting);

	Optional<Meeting> findById(TenantId tenantId, MeetingId id);

	MeetingPage search(MeetingSearch search);

	long count(TenantId tenantId);

}
