package se.postboxen.kollegan.calendar;

/** A feed that could not be fetched or read; the message is meant for the user. */
public class CalendarFeedException extends RuntimeException {

	public CalendarFeedException(String message) {
		super(message);
	}

	public CalendarFeedException(String message, Throwable cause) {
		super(message, cause);
	}

}
