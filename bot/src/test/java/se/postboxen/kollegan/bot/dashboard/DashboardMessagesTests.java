package se.postboxen.kollegan.bot.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.MeetingOutcome;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Platform;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard speaks Swedish by default and English on request, whatever language the
 * server runs in, and no text exists in one language only.
 */
class DashboardMessagesTests {

	private final MessageSource messages = new DashboardConfiguration().messageSource();

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = DashboardMessagesTests.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void everyTextIsInBothLanguages() throws IOException {
		assertThat(bundle("messages_en.properties").keySet())
			.containsExactlyInAnyOrderElementsOf(bundle("messages.properties").keySet());
	}

	@Test
	void swedishIsTheDefaultEvenOnAServerSetToAnotherLanguage() {
		Locale server = Locale.getDefault();
		try {
			Locale.setDefault(Locale.ENGLISH);
			assertThat(this.messages.getMessage("status.ACTIVE", null, DashboardConfiguration.SWEDISH))
				.isEqualTo("i mötet");
			assertThat(this.messages.getMessage("status.ACTIVE", null, Locale.GERMAN)).isEqualTo("i mötet");
			assertThat(this.messages.getMessage("status.ACTIVE", null, Locale.ENGLISH)).isEqualTo("in the meeting");
		}
		finally {
			Locale.setDefault(server);
		}
	}

	@Test
	void everyValueThePagesShowHasItsWords() {
		for (Locale locale : DashboardConfiguration.LANGUAGES) {
			for (MeetingStatus status : MeetingStatus.values()) {
				assertThat(this.messages.getMessage("status." + status, null, null, locale)).isNotBlank();
			}
			for (Platform platform : Platform.values()) {
				assertThat(this.messages.getMessage("platform." + platform, null, null, locale)).isNotBlank();
			}
			for (BookingChannel channel : BookingChannel.values()) {
				assertThat(this.messages.getMessage("channel." + channel, null, null, locale)).isNotBlank();
			}
			for (MeetingOutcome outcome : MeetingOutcome.values()) {
				assertThat(this.messages.getMessage("outcome." + outcome, null, null, locale)).isNotBlank();
			}
			for (ActionFollowUps.Result result : ActionFollowUps.Result.values()) {
				assertThat(this.messages.getMessage("action.result." + result, null, null, locale)).isNotBlank();
			}
		}
	}

}
