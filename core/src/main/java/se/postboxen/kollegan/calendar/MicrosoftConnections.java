package se.postboxen.kollegan.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

/** The Microsoft 365 calendars followed, and which meeting each calendar event became. */
public interface MicrosoftConnections {

	Optional<MicrosoftConnection> find(TenantId tenantId, UserId userId);

	Optional<MicrosoftConnection> findBySubscription(String subscriptionId);

	/** Stores a new subscription for the user, replacing any earlier one. */
	void save(MicrosoftConnection connection);

	void remove(TenantId tenantId, UserId userId);

	void renewed(String subscriptionId, Instant expiresAt);

	/**
	 * Where the current delta round continues, and when it began ({@code null} both to
	 * start a new round).
	 */
	void deltaLink(TenantId tenantId, UserId userId, @Nullable String deltaLink, @Nullable Instant roundStartedAt);

	/** Every followed calendar, for the periodic safety sync. */
	List<MicrosoftConnection> all();

	List<MicrosoftConnection> expiringBefore(Instant instant);

	/** Remembers the iCal identity behind a calendar event id. */
	void link(TenantId tenantId, UserId userId, String sourceId, String icalUid, @Nullable Instant occurrence);

	/** The iCal identity (UID and occurrence) behind a calendar event id. */
	Optional<LinkedEvent> linked(TenantId tenantId, UserId userId, String sourceId);

	record LinkedEvent(String icalUid, @Nullable Instant occurrence) {

	}

}
