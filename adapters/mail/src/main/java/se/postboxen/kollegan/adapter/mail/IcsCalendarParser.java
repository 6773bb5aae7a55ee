package se.postboxen.kollegan.adapter.mail;

import java.time.Duration;
import java.time.Instant;

import se.postboxen.kollegan.calendar.CalendarInvitation;
import se.postboxen.kollegan.calendar.CalendarParser;

/** {@link IcsCalendars} behind the core's port. */
class IcsCalendarParser implements CalendarParser {

	@Override
	public CalendarInvitation parse(String ics, Instant from, Duration ahead) {
		try {
			return IcsCalendars.parse(ics, from, ahead);
		}
		catch (UnreadableCalendarException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

}
