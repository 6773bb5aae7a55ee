package se.postboxen.kollegan.calendar;

import java.util.List;
import java.util.Objects;

/**
 * An iTIP message (RFC 5546): what the organiser's calendar says happened to its events.
 *
 * @param events the events, with recurring series expanded into their occurrences
 * @param series the UIDs among {@code events} that are recurring series
 */
public record CalendarInvitation(Method method, List<CalendarEvent> events, List<String> series) {

	public enum Method {

		/** An invitation or an update of one (same UID, higher sequence). */
		REQUEST,

		/** The organiser cancelled the event, a series or one occurrence. */
		CANCEL,

		/** An attendee's answer; nothing for the agent to do. */
		REPLY,

		/** A calendar published without asking anyone (treated like a request). */
		PUBLISH,

		/** Anything else iTIP defines (ADD, REFRESH, COUNTER …). */
		OTHER

	}

	public CalendarInvitation {
		Objects.requireNonNull(method, "method");
		events = List.copyOf(events);
		series = List.copyOf(series);
	}

}
