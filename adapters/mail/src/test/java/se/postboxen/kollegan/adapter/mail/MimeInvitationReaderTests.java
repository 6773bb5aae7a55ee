package se.postboxen.kollegan.adapter.mail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.calendar.CalendarEvent;
import se.postboxen.kollegan.calendar.CalendarInvitation;
import se.postboxen.kollegan.invite.InboundMail;
import se.postboxen.kollegan.meeting.Platform;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-world invitation mails (Outlook/Exchange, Google Calendar, Zoom, Webex) read field
 * by field. The fixtures' {@code {{AGENT}}} stands for the agent's address.
 */
class MimeInvitationReaderTests {

	static final String AGENT = "kollegan+abcdefghijklmnopqrst@kollegan.example";

	private final MimeInvitationReader reader = new MimeInvitationReader(
			Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC));

	private InboundMail read(String fixture) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/invitations/" + fixture)) {
			assertThat(in).as(fixture).isNotNull();
			String mail = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{AGENT}}", AGENT);
			return this.reader.read(mail.getBytes(StandardCharsets.UTF_8), Duration.ofDays(90));
		}
	}

	private static CalendarEvent single(InboundMail mail) {
		assertThat(mail.calendarProblem()).isNull();
		assertThat(mail.invitation()).isNotNull();
		assertThat(mail.invitation().events()).hasSize(1);
		return mail.invitation().events().get(0);
	}

	private static List<String> emails(List<Person> people) {
		return people.stream().map(p -> String.valueOf(p.email())).toList();
	}

	@Test
	void outlookTeamsInvitationWithWindowsTimeZone() throws IOException {
		InboundMail mail = read("outlook-teams-request.eml");

		assertThat(mail.recipients()).contains(EmailAddress.of(AGENT));
		assertThat(mail.invitation().method()).isEqualTo(CalendarInvitation.Method.REQUEST);
		CalendarEvent event = single(mail);
		assertThat(event.uid()).startsWith("040000008200E00074C5B7101A82E008");
		assertThat(event.sequence()).isZero();
		assertThat(event.title()).isEqualTo("Styrgruppsmöte digitalisering");
		assertThat(event.startsAt().toInstant()).isEqualTo("2027-03-15T09:00:00Z");
		assertThat(event.endsAt().toInstant()).isEqualTo("2027-03-15T10:00:00Z");
		assertThat(event.joinUrl().toString()).startsWith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_");
		assertThat(Platform.fromJoinUrl(event.joinUrl())).isEqualTo(Platform.TEAMS);
		assertThat(event.organizer()).isEqualTo(Person.of("Anna Berg", "anna.berg@kommun-a.example"));
		// Anna once (organiser and attendee), the room left out; the agent is removed by
		// the use case, which knows its domain.
		assertThat(emails(event.participants())).containsExactly("anna.berg@kommun-a.example",
				"erik.lund@kommun-a.example", "maja.ek@kommun-a.example", AGENT);
	}

	@Test
	void outlookUpdateAndStaleAndCancelKeepTheUid() throws IOException {
		CalendarEvent request = single(read("outlook-teams-request.eml"));
		CalendarEvent update = single(read("outlook-teams-update.eml"));
		CalendarEvent stale = single(read("outlook-teams-update-stale.eml"));
		InboundMail cancel = read("outlook-teams-cancel.eml");

		assertThat(update.uid()).isEqualTo(request.uid());
		assertThat(update.sequence()).isEqualTo(1);
		assertThat(update.startsAt().toInstant()).isEqualTo("2027-03-15T12:00:00Z");
		assertThat(stale.uid()).isEqualTo(request.uid());
		assertThat(stale.sequence()).isZero();
		assertThat(cancel.invitation().method()).isEqualTo(CalendarInvitation.Method.CANCEL);
		assertThat(single(cancel).uid()).isEqualTo(request.uid());
		assertThat(single(cancel).sequence()).isEqualTo(2);
	}

	@Test
	void replyIsAReply() throws IOException {
		assertThat(read("outlook-teams-reply.eml").invitation().method()).isEqualTo(CalendarInvitation.Method.REPLY);
	}

	@Test
	void googleCalendarWithMeet() throws IOException {
		CalendarEvent event = single(read("google-meet-request.eml"));

		assertThat(event.uid()).endsWith("@google.com");
		assertThat(event.startsAt().toInstant()).isEqualTo("2027-03-16T13:00:00Z");
		assertThat(event.endsAt().toInstant()).isEqualTo("2027-03-16T13:30:00Z");
		assertThat(event.joinUrl()).isEqualTo(URI.create("https://meet.google.com/abc-defg-hij"));
		assertThat(event.organizer().email()).isEqualTo(EmailAddress.of("maja.ek@kommun-a.example"));
		assertThat(emails(event.participants())).containsExactly("maja.ek@kommun-a.example",
				"anna.berg@kommun-a.example", AGENT);
	}

	@Test
	void zoomGeneratedInvitation() throws IOException {
		CalendarEvent event = single(read("zoom-request.eml"));

		assertThat(event.startsAt().toInstant()).isEqualTo("2027-03-17T08:00:00Z");
		assertThat(event.endsAt().toInstant()).isEqualTo("2027-03-17T08:45:00Z");
		assertThat(event.startsAt().getZone().getId()).isEqualTo("Europe/Stockholm");
		assertThat(event.joinUrl().getHost()).isEqualTo("kommun-a.zoom.us");
		assertThat(event.joinUrl().getPath()).isEqualTo("/j/81234567890");
		assertThat(Platform.fromJoinUrl(event.joinUrl())).isEqualTo(Platform.ZOOM);
		assertThat(event.organizer().email()).isEqualTo(EmailAddress.of("erik.lund@kommun-a.example"));
		assertThat(emails(event.participants())).containsExactly("erik.lund@kommun-a.example",
				"anna.berg@kommun-a.example", AGENT);
	}

	@Test
	void webexWithHtmlOnlyDescription() throws IOException {
		CalendarEvent event = single(read("webex-request.eml"));

		assertThat(event.startsAt().toInstant()).isEqualTo("2027-03-18T08:00:00Z");
		assertThat(event.endsAt().toInstant()).isEqualTo("2027-03-18T09:00:00Z");
		assertThat(event.joinUrl().toString())
			.isEqualTo("https://kommun-a.webex.com/kommun-a/j.php?MTID=m0123456789abcdef0123456789abcdef");
		assertThat(Platform.fromJoinUrl(event.joinUrl())).isEqualTo(Platform.WEBEX);
		assertThat(emails(event.participants())).containsExactly("anna.berg@kommun-a.example",
				"maja.ek@kommun-a.example", AGENT);
	}

	@Test
	void recurringTeamsSeriesWithAnExceptionDateAndAMovedOccurrence() throws IOException {
		CalendarInvitation invitation = read("teams-series-with-exception.eml").invitation();

		assertThat(invitation.series()).hasSize(1);
		assertThat(invitation.events()).extracting(event -> event.startsAt().toInstant())
			.containsExactly(Instant.parse("2027-04-05T08:00:00Z"), Instant.parse("2027-04-12T08:00:00Z"),
					Instant.parse("2027-04-26T12:00:00Z"), Instant.parse("2027-05-03T08:00:00Z"),
					Instant.parse("2027-05-10T08:00:00Z"));
		assertThat(invitation.events()).extracting(CalendarEvent::occurrence)
			.containsExactly(Instant.parse("2027-04-05T08:00:00Z"), Instant.parse("2027-04-12T08:00:00Z"),
					Instant.parse("2027-04-26T08:00:00Z"), Instant.parse("2027-05-03T08:00:00Z"),
					Instant.parse("2027-05-10T08:00:00Z"));
		assertThat(invitation.events()).allSatisfy(event -> {
			assertThat(event.uid()).isEqualTo(invitation.series().get(0));
			assertThat(Platform.fromJoinUrl(event.joinUrl())).isEqualTo(Platform.TEAMS);
			assertThat(event.endsAt()).isEqualTo(event.startsAt().plusMinutes(30));
		});
	}

	@Test
	void inPersonMeetingHasNoJoinLink() throws IOException {
		CalendarEvent event = single(read("no-link-request.eml"));

		assertThat(event.joinUrl()).isNull();
	}

	@Test
	void malformedCalendarIsAProblemNotACrash() throws IOException {
		InboundMail mail = read("malformed.eml");

		assertThat(mail.invitation()).isNull();
		assertThat(mail.calendarProblem()).isNotBlank();
	}

	@Test
	void plainMailHasNoCalendar() throws IOException {
		InboundMail mail = read("plain-mail-no-calendar.eml");

		assertThat(mail.invitation()).isNull();
		assertThat(mail.calendarProblem()).isNull();
		assertThat(mail.recipients()).contains(EmailAddress.of(AGENT));
	}

	@Test
	void unverifiedOrganiserIsReadAsSent() throws IOException {
		assertThat(single(read("unverified-domain-request.eml")).organizer().email())
			.isEqualTo(EmailAddress.of("someone@evil.example"));
	}

}
