package se.postboxen.kollegan.calendar;

import java.time.Duration;
import java.time.Instant;

/** Reads iCalendar text. */
public interface CalendarParser {

	/**
	 * @param from occurrences ending before this are left out
	 * @param ahead how far series are expanded (from {@code from} or the series' start)
	 * @throws IllegalArgumentException when the text is not a usable calendar
	 */
	CalendarInvitation parse(String ics, Instant from, Duration ahead);

}
