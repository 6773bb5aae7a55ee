package se.postboxen.kollegan.bot.dashboard;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.calendar.CalendarConnection;
import se.postboxen.kollegan.calendar.SyncReport;

/**
 * A user's calendar settings as the settings page shows them: whether the ICS feeds are
 * set, never their secret addresses.
 *
 * @param microsoft365Available the organisation is connected to Microsoft 365, so the
 * calendar is read from there
 * @param microsoft365Connected Kollegan follows this user's Microsoft 365 calendar
 * @param lastSyncAt when the last sync ran, in the organisation's time zone; absent
 * before the first
 * @param lastSync how it went
 */
record CalendarView(boolean autoJoin, List<String> labels, boolean icsFeed, boolean alwaysOnIcsFeed,
		boolean microsoft365Available, boolean microsoft365Connected, @Nullable ZonedDateTime lastSyncAt,
		@Nullable SyncReport lastSync) {

	static CalendarView of(CalendarConnection connection, boolean microsoft365Available, boolean microsoft365Connected,
			ZoneId zone) {
		SyncReport report = connection.lastSync();
		return new CalendarView(connection.autoJoin(), connection.labels(), connection.feedUrl() != null,
				connection.alwaysOnFeedUrl() != null, microsoft365Available, microsoft365Connected,
				(report != null) ? report.at().atZone(zone) : null, report);
	}

	/**
	 * Where the calendar is read from: {@code microsoft365}, {@code microsoft365Pending}
	 * (the organisation is connected, the user is followed once they ask for the agent),
	 * {@code ics} or {@code none}.
	 */
	public String source() {
		if (this.microsoft365Connected) {
			return "microsoft365";
		}
		if (this.microsoft365Available) {
			return "microsoft365Pending";
		}
		return (this.icsFeed || this.alwaysOnIcsFeed) ? "ics" : "none";
	}

	/** The labels as the form's field holds them. */
	public String labelText() {
		return CalendarLabels.format(this.labels);
	}

}
