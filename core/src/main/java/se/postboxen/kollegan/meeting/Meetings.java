package se.postboxen.kollegan.meeting;

import java.time.Instant;
import java.util.List;
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

	/**
	 * The tenant's meeting that is the same as the one described, preferring one not
	 * cancelled: the same iCal UID and occurrence, or the same join link or platform
	 * meeting id at the same start.
	 * @param joinUrlKey the join link as {@link JoinUrls#key} names it
	 */
	Optional<Meeting> findSame(TenantId tenantId, ExternalIds ids, String joinUrlKey, Instant startsAt);

	/** Every stored meeting (each occurrence of a series) with this iCal UID. */
	List<Meeting> findByIcalUid(TenantId tenantId, String icalUid);

}
