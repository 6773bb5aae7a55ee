package se.postboxen.kollegan.calendar;

import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

/** The users' calendar connections. */
public interface CalendarConnections {

	Optional<CalendarConnection> find(TenantId tenantId, UserId userId);

	/** Stores the settings; the last sync report is kept as it is. */
	void save(CalendarConnection connection);

	void recordSync(TenantId tenantId, UserId userId, SyncReport report);

	/** Every connection with an ICS feed, across tenants: what the poller visits. */
	List<CalendarConnection> withFeeds();

}
