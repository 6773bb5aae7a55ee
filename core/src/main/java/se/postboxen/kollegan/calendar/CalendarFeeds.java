package se.postboxen.kollegan.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Reading a calendar published as an ICS feed, from an address the user gave — so the
 * fetch must be safe against server-side request forgery.
 */
public interface CalendarFeeds {

	/**
	 * @param from events (occurrences) ending before this are left out
	 * @param ahead how far series are expanded
	 * @throws CalendarFeedException when the feed cannot be fetched or read; its message
	 * is for the user
	 */
	List<CalendarEvent> read(URI feedUrl, Instant from, Duration ahead);

}
