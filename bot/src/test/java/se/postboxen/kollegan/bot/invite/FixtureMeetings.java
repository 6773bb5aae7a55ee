package se.postboxen.kollegan.bot.invite;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invitation fixtures name fixed meetings (join links and start times); tests that
 * post them start from a tenant where those meetings were never booked.
 */
public final class FixtureMeetings {

	/**
	 * The fixtures' meetings lie in 2027. Once that is no longer the future, the tests
	 * read them 28 years later: the Gregorian calendar repeats its weekdays every 28
	 * years (within 1901–2099), so series, daylight saving and expectations stay the
	 * same.
	 */
	private static final boolean SHIFTED = !LocalDate.now(ZoneOffset.UTC).isBefore(LocalDate.of(2027, 3, 1));

	private FixtureMeetings() {
	}

	/** A fixture's text, or an expected value, in the year the tests run it in. */
	public static String dated(String text) {
		return SHIFTED ? text.replace("2027", "2055") : text;
	}

	public static void forget(JdbcClient jdbc) {
		jdbc.sql("""
				DELETE FROM meeting WHERE join_url_key LIKE 'teams.microsoft.com/l/meetup-join/19:meeting_nja3%'
				   OR join_url_key LIKE 'teams.microsoft.com/l/meetup-join/19:meeting_owm0mw%'
				   OR join_url_key IN ('meet.google.com/abc-defg-hij', 'zoom.us/j/81234567890',
				                       'kommun-a.webex.com/kommun-a/j.php?mtid=m0123456789abcdef0123456789abcdef')
				""").update();
	}

}
