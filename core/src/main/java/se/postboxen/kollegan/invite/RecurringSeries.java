package se.postboxen.kollegan.invite;

import java.util.List;

import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

/**
 * Recurring series that arrived by invitation, kept as sent: a series has no end in
 * sight, so its occurrences are materialised a window ahead and the window is moved on
 * daily.
 */
public interface RecurringSeries {

	/** Keeps the series (a newer revision replaces an older one, never the reverse). */
	void save(Stored series);

	void remove(TenantId tenantId, String icalUid);

	List<Stored> all();

	/** A series as it was last sent, and the user who invited the agent to it. */
	record Stored(TenantId tenantId, UserId userId, String icalUid, int sequence, String calendarText) {

		@Override
		public String toString() {
			return "RecurringSeries.Stored[" + this.tenantId + ", " + this.icalUid.hashCode() + "]";
		}

	}

}
