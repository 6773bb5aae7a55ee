package se.postboxen.kollegan.meeting;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformTests {

	@ParameterizedTest
	@CsvSource({ "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0, TEAMS",
			"https://teams.microsoft.com/meet/123456789?p=abc, TEAMS", "https://teams.live.com/meet/9876, TEAMS",
			"https://kommun-a.zoom.us/j/123456789?pwd=abc, ZOOM", "https://zoom.us/my/anna, ZOOM",
			"https://kommun.zoomgov.com/j/1, ZOOM", "https://meet.google.com/abc-defg-hij, GOOGLE_MEET",
			"https://kommun.webex.com/meet/anna, WEBEX", "https://sandbox.kollegan.example/meet/ok, OTHER",
			"https://zoom.us.evil.example/j/1, OTHER", "https://notzoom.us/j/1, OTHER" })
	void infersThePlatformFromTheHost(String url, Platform expected) {
		assertThat(Platform.fromJoinUrl(URI.create(url))).isEqualTo(expected);
	}

}
