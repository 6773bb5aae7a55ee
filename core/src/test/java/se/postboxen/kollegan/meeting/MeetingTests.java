package se.postboxen.kollegan.meeting;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, STOCKHOLM);

	private static final URI TEAMS_URL = URI
		.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0");

	private final TenantId tenant = TenantId.newId();

	private Meeting meeting(String title, URI url, ZonedDateTime start, ZonedDateTime end, List<Person> people) {
		return Meeting.schedule(this.tenant, title, null, url, start, end, null, people, ExternalIds.NONE, 0, null);
	}

	@Test
	void newMeetingIsScheduledWithPlatformInferredFromTheJoinUrl() {
		Meeting meeting = meeting("Styrgruppsmöte", TEAMS_URL, START, START.plusHours(1), List.of());

		assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
		assertThat(meeting.platform()).isEqualTo(Platform.TEAMS);
		assertThat(meeting.timeZone()).isEqualTo(STOCKHOLM);
		assertThat(meeting.startsAt()).isEqualTo(START.toInstant());
		assertThat(meeting.version()).isZero();
	}

	@Test
	void explicitPlatformWinsOverInference() {
		Meeting meeting = Meeting.schedule(this.tenant, "Möte", Platform.WEBEX, TEAMS_URL, START, START.plusHours(1),
				null, List.of(), ExternalIds.NONE, 0, null);

		assertThat(meeting.platform()).isEqualTo(Platform.WEBEX);
	}

	@Test
	void walksTheHappyPath() {
		Meeting meeting = meeting("Möte", TEAMS_URL, START, START.plusHours(1), List.of());

		meeting.markJoining();
		meeting.markInLobby();
		meeting.markActive();
		meeting.startPostProcessing();
		meeting.markDone();

		assertThat(meeting.status()).isEqualTo(MeetingStatus.DONE);
	}

	@Test
	void rejectsAnIllegalTransitionAndKeepsItsStatus() {
		Meeting meeting = meeting("Möte", TEAMS_URL, START, START.plusHours(1), List.of());

		assertThatThrownBy(meeting::markActive).isInstanceOf(IllegalMeetingTransitionException.class)
			.hasMessageContaining("SCHEDULED to ACTIVE");
		assertThat(meeting.status()).isEqualTo(MeetingStatus.SCHEDULED);
	}

	@Test
	void degradedMeetingStillGetsItsPostMeetingAnalysis() {
		Meeting meeting = meeting("Möte", TEAMS_URL, START, START.plusHours(1), List.of());
		meeting.markJoining();
		meeting.degradeToPostMeetingAnalysis();
		meeting.startPostProcessing();

		assertThat(meeting.status()).isEqualTo(MeetingStatus.POST_PROCESSING);
	}

	@Test
	void rejectsEndBeforeOrAtStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> meeting("Möte", TEAMS_URL, START, START, List.of()))
			.withMessageContaining("endsAt");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> meeting("Möte", TEAMS_URL, START, START.minusMinutes(1), List.of()));
	}

	@Test
	void rejectsMeetingsLongerThanADay() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> meeting("Möte", TEAMS_URL, START, START.plusHours(25), List.of()));
	}

	@Test
	void rejectsNonHttpsAndCredentialCarryingJoinUrls() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> meeting("Möte", URI.create("http://zoom.us/j/1"), START, START.plusHours(1), List.of()))
			.withMessageContaining("https");
		assertThatIllegalArgumentException().isThrownBy(
				() -> meeting("Möte", URI.create("https://user:pw@zoom.us/j/1"), START, START.plusHours(1), List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> meeting("Möte", URI.create("javascript:alert(1)"), START, START.plusHours(1), List.of()));
	}

	@Test
	void rejectsBlankOverlongAndControlCharacterTitles() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> meeting("  ", TEAMS_URL, START, START.plusHours(1), List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> meeting("x".repeat(201), TEAMS_URL, START, START.plusHours(1), List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> meeting("Möte\u0000", TEAMS_URL, START, START.plusHours(1), List.of()));
	}

	@Test
	void keepsEachParticipantOnceWhateverTheCaseOfTheirAddress() {
		Meeting meeting = meeting("Möte", TEAMS_URL, START, START.plusHours(1),
				List.of(Person.of("Anna Berg", "anna.berg@kommun-a.example"),
						Person.of("Anna", "Anna.Berg@Kommun-A.example"), Person.of("Erik Lund", null)));

		assertThat(meeting.participants()).extracting(Person::name).containsExactly("Anna Berg", "Erik Lund");
	}

	@Test
	void rejectsMoreThanTheMaximumNumberOfParticipants() {
		List<Person> crowd = new java.util.ArrayList<>();
		for (int i = 0; i <= Meeting.MAX_PARTICIPANTS; i++) {
			crowd.add(Person.of("P" + i, "p" + i + "@kommun-a.example"));
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> meeting("Möte", TEAMS_URL, START, START.plusHours(1), crowd));
		assertThat(meeting("Möte", TEAMS_URL, START, START.plusHours(1),
				Collections.unmodifiableList(crowd.subList(0, Meeting.MAX_PARTICIPANTS)))
			.participants()).hasSize(Meeting.MAX_PARTICIPANTS);
	}

	@Test
	void concernsItsOrganiserParticipantsAndWhoeverScheduledIt() {
		Meeting meeting = Meeting.schedule(this.tenant, "Möte", null, TEAMS_URL, START, START.plusHours(1),
				Person.of("Astrid", "astrid@kommun-a.example"), List.of(Person.of("Erik", "erik@kommun-a.example")),
				ExternalIds.NONE, 0, EmailAddress.of("assistent@kommun-a.example"));

		assertThat(meeting.concerns(EmailAddress.of("ASTRID@kommun-a.example"))).isTrue();
		assertThat(meeting.concerns(EmailAddress.of("erik@kommun-a.example"))).isTrue();
		assertThat(meeting.concerns(EmailAddress.of("assistent@kommun-a.example"))).isTrue();
		assertThat(meeting.concerns(EmailAddress.of("maja@kommun-a.example"))).isFalse();
	}

	@Test
	void toStringLeaksNeitherTitleNorPeople() {
		Meeting meeting = meeting("Hemlig upphandling", TEAMS_URL, START, START.plusHours(1),
				List.of(Person.of("Anna", "anna@kommun-a.example")));

		assertThat(meeting.toString()).doesNotContain("Hemlig").doesNotContain("anna");
	}

}
