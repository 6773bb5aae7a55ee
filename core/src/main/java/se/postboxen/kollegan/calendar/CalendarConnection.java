package se.postboxen.kollegan.calendar;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

/**
 * How the agent follows one user's calendar.
 *
 * @param autoJoin join every online meeting in the calendar
 * @param labels the user's own always-on labels (categories): meetings carrying one get
 * the agent even without auto-join
 * @param feedUrl the secret ICS address of the user's calendar, polled when set; a
 * capability, never shown back in full or logged
 * @param alwaysOnFeedUrl the secret ICS address of a calendar marked always-on: every
 * online meeting in it gets the agent, auto-join or not (the never label still wins)
 * @param lastSync how the last sync went, {@code null} before the first
 */
public record CalendarConnection(TenantId tenantId, UserId userId, boolean autoJoin, List<String> labels,
		@Nullable URI feedUrl, @Nullable URI alwaysOnFeedUrl, @Nullable SyncReport lastSync) {

	public CalendarConnection {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(userId, "userId");
		labels = List.copyOf(labels);
	}

	public static CalendarConnection none(TenantId tenantId, UserId userId) {
		return new CalendarConnection(tenantId, userId, false, List.of(), null, null, null);
	}

	/** Whether any feed is set, i.e. whether the poller visits this user. */
	public boolean hasFeeds() {
		return this.feedUrl != null || this.alwaysOnFeedUrl != null;
	}

	@Override
	public String toString() {
		return "CalendarConnection[" + this.tenantId + ", " + this.userId + ", autoJoin=" + this.autoJoin + "]";
	}

}
