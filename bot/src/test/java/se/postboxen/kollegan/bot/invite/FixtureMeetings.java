package se.postboxen.kollegan.bot.invite;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invitation fixtures name fixed meetings (join links and start times); tests that
 * post them start from a tenant where those meetings were never booked.
 */
public final class FixtureMeetings {

	private FixtureMeetings() {
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
