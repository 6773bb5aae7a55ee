package se.postboxen.kollegan.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A page of one tenant's meetings starting in {@code [from, to)}, optionally only those
 * in the given statuses and on the given platforms, sorted by start time.
 *
 * @param statuses only meetings in these statuses; all when empty
 * @param platforms only meetings on these platforms; all when empty
 * @param concerning when set, only meetings that {@link Meeting#concerns concern} this
 * person
 */
public record MeetingSearch(TenantId tenantId, Instant from, Instant to, Set<MeetingStatus> statuses,
		Set<Platform> platforms, @Nullable EmailAddress concerning, int page, int size) {

	public static final int MAX_PAGE_SIZE = 100;

	/** Longest window one query may span; keeps a single request bounded. */
	public static final Duration MAX_WINDOW = Duration.ofDays(366);

	public MeetingSearch {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (!to.isAfter(from)) {
			throw new IllegalArgumentException("to must be after from");
		}
		if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
			throw new IllegalArgumentException("the window may span at most " + MAX_WINDOW.toDays() + " days");
		}
		statuses = Set.copyOf(statuses);
		platforms = Set.copyOf(platforms);
		if (page < 0) {
			throw new IllegalArgumentException("page must not be negative");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
		}
	}

	/** A search on every platform. */
	public MeetingSearch(TenantId tenantId, Instant from, Instant to, Set<MeetingStatus> statuses,
			@Nullable EmailAddress concerning, int page, int size) {
		this(tenantId, from, to, statuses, Set.of(), concerning, page, size);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

}
