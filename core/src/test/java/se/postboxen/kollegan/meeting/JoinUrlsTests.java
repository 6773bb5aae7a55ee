package se.postboxen.kollegan.meeting;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JoinUrlsTests {

	private static Optional<URI> find(String... candidates) {
		return JoinUrls.find(Arrays.asList(candidates));
	}

	@Test
	void findsEachPlatformsLinkShapes() {
		assertThat(find(
				"Klicka här <https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2E%40thread.v2/0?context=%7b%7d>"))
			.contains(URI
				.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2E%40thread.v2/0?context=%7b%7d"));
		assertThat(find("https://teams.microsoft.com/meet/2345678901?p=AbCdEf")).isPresent();
		assertThat(find("https://teams.live.com/meet/9876543210?p=x")).isPresent();
		assertThat(find("Zoom: https://kommun.zoom.us/j/81234567890?pwd=abc."))
			.contains(URI.create("https://kommun.zoom.us/j/81234567890?pwd=abc"));
		assertThat(find("https://zoom.us/my/anna.berg")).isPresent();
		assertThat(find("https://kommun.zoomgov.com/j/1612345678")).isPresent();
		assertThat(find("Join: https://meet.google.com/abc-defg-hij"))
			.contains(URI.create("https://meet.google.com/abc-defg-hij"));
		assertThat(find("https://kommun.webex.com/kommun/j.php?MTID=m0123")).isPresent();
	}

	@Test
	void placeholdersAndOtherLinksAreNotMeetings() {
		assertThat(find("Microsoft Teams-möte", "Stadshuset, rum 3", "https://www.kommun-a.example/karta",
				"https://meet.google.com/not-a-code"))
			.isEmpty();
		assertThat(find((String) null)).isEmpty();
	}

	@Test
	void earlierCandidatesWinAndHtmlEscapesAreUndone() {
		assertThat(find(null, "https://meet.google.com/abc-defg-hij", "https://kommun.zoom.us/j/1"))
			.contains(URI.create("https://meet.google.com/abc-defg-hij"));
		assertThat(find("<a href=\"https://kommun.webex.com/kommun/j.php?MTID=m1&amp;x=y\">Anslut</a>"))
			.contains(URI.create("https://kommun.webex.com/kommun/j.php?MTID=m1&x=y"));
	}

	@Test
	void theKeyNamesTheMeetingNotTheWayTheLinkWasWritten() {
		assertThat(JoinUrls.key(URI.create("https://us02web.zoom.us/j/81234567890?pwd=a")))
			.isEqualTo(JoinUrls.key(URI.create("https://kommun.zoom.us/j/81234567890?pwd=b")))
			.isEqualTo(JoinUrls.key(URI.create("https://zoom.us/w/81234567890")));
		assertThat(JoinUrls
			.key(URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ABC%40thread.v2/0?context=1")))
			.isEqualTo(
					JoinUrls.key(URI.create("https://Teams.Microsoft.com/l/meetup-join/19:meeting_abc@thread.v2/0")));
		assertThat(JoinUrls.key(URI.create("https://kommun.webex.com/kommun/j.php?MTID=m1")))
			.isNotEqualTo(JoinUrls.key(URI.create("https://kommun.webex.com/kommun/j.php?MTID=m2")));
		assertThat(JoinUrls.key(URI.create("https://kommun.zoom.us/j/1")))
			.isNotEqualTo(JoinUrls.key(URI.create("https://kommun.zoom.us/j/2")));
	}

}
