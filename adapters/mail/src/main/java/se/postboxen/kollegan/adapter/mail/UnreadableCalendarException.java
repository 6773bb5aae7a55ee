package se.postboxen.kollegan.adapter.mail;

/** Text that is not a usable iCalendar calendar. */
public class UnreadableCalendarException extends RuntimeException {

	UnreadableCalendarException(String message, Throwable cause) {
		super(message, cause);
	}

}
