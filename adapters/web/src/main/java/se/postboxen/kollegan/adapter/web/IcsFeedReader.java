package se.postboxen.kollegan.adapter.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import se.postboxen.kollegan.calendar.CalendarEvent;
import se.postboxen.kollegan.calendar.CalendarFeedException;
import se.postboxen.kollegan.calendar.CalendarFeeds;
import se.postboxen.kollegan.calendar.CalendarParser;

/**
 * Fetches a user's ICS feed through {@link GuardedHttp} and reads it with the calendar
 * parser. Error messages are for the user and never echo the secret address.
 */
public class IcsFeedReader implements CalendarFeeds, AutoCloseable {

	static final GuardedHttp.Policy DEFAULT = new GuardedHttp.Policy(5L * 1024 * 1024, Duration.ofSeconds(15), 3);

	private final GuardedHttp http;

	private final CalendarParser parser;

	public IcsFeedReader(CalendarParser parser) {
		this(DEFAULT, parser);
	}

	IcsFeedReader(GuardedHttp.Policy policy, CalendarParser parser) {
		this.http = new GuardedHttp(policy, "Kollegan calendar sync");
		this.parser = parser;
	}

	@Override
	public List<CalendarEvent> read(URI feedUrl, Instant from, Duration ahead) {
		String ics = fetch(feedUrl);
		try {
			return this.parser.parse(ics, from, ahead).events();
		}
		catch (IllegalArgumentException ex) {
			throw new CalendarFeedException(
					"Adressen gav ingen läsbar kalender / The address gave no readable calendar", ex);
		}
	}

	String fetch(URI feedUrl) {
		GuardedHttp.Answer answer;
		try {
			answer = this.http.get(feedUrl, Map.of("Accept", "text/calendar, */*;q=0.5"));
		}
		catch (GuardedHttp.FetchFailedException ex) {
			throw new CalendarFeedException(message(ex), ex);
		}
		if (answer.status() != 200) {
			throw new CalendarFeedException(
					"Kalendern svarade " + answer.status() + " / The calendar answered " + answer.status());
		}
		return new String(answer.body(), StandardCharsets.UTF_8);
	}

	private String message(GuardedHttp.FetchFailedException ex) {
		return switch (ex.failure()) {
			case NOT_ALLOWED ->
				"Kalenderadressen måste vara https utan lösenord / The calendar address must be https without a password";
			case INTERNAL ->
				"Adressen pekar på ett internt nät och hämtas inte / The address points to an internal network and is not fetched";
			case TOO_LARGE -> "Kalendern är större än " + (this.http.maxBytes() / (1024 * 1024))
					+ " MB / The calendar is larger than the limit";
			case TOO_MANY_REDIRECTS -> "För många omdirigeringar / Too many redirects";
			case REDIRECT_NOWHERE -> "Kalendern svarade med en omdirigering utan mål / The calendar redirected nowhere";
			case UNREACHABLE -> "Kalendern kunde inte hämtas / The calendar could not be fetched ("
					+ ((ex.getCause() != null) ? ex.getCause().getClass().getSimpleName() : "?") + ")";
		};
	}

	@Override
	public void close() throws IOException {
		this.http.close();
	}

}
