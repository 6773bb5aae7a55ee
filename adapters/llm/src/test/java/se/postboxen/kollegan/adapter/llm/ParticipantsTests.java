package se.postboxen.kollegan.adapter.llm;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantsTests {

	private static final Person ANNA_LIND = Person.of("Anna Lind", "anna.lind@kommun.example");

	private static final Person ANNA_BERG = Person.of("Anna Berg", "anna.berg@kommun.example");

	private static final Person ERIK = Person.of("Erik Berg-Nilsson", "erik@kommun.example");

	private static final Person KARIN = Person.of(null, "karin.sjoberg@kommun.example");

	private static Participants participants(Utterance... said) {
		Meeting meeting = Meeting.schedule(TenantId.newId(), "Avstämning", null,
				URI.create("https://teams.microsoft.com/l/meetup-join/x"), BudgetMeeting.START,
				BudgetMeeting.START.plusHours(1), ANNA_LIND, List.of(ANNA_BERG, ERIK, KARIN), ExternalIds.NONE, 0,
				null);
		return Participants.of(meeting, new Transcript(List.of(said)));
	}

	private static Utterance said(String speaker, EmailAddress email) {
		return new Utterance(speaker, email, Duration.ZERO, Duration.ofSeconds(2), "Hej.");
	}

	@Test
	void resolvesANameToTheOnePersonWhoGoesByIt() {
		Participants participants = participants();

		assertThat(participants.named("Anna Lind")).isEqualTo(ANNA_LIND);
		assertThat(participants.named("anna  berg")).isEqualTo(ANNA_BERG);
		assertThat(participants.named("Lind, Anna")).isEqualTo(ANNA_LIND);
		assertThat(participants.named("Erik")).isEqualTo(ERIK);
		assertThat(participants.named("Berg Nilsson")).as("a surname alone, hyphen or not").isEqualTo(ERIK);
		assertThat(participants.named("Berg")).isEqualTo(ANNA_BERG);
		assertThat(participants.named("Erik Berg-Nilsson")).isEqualTo(ERIK);
		assertThat(participants.named("Karin")).as("named after her address").isEqualTo(KARIN);
		assertThat(participants.named("erik@kommun.example")).isEqualTo(ERIK);
	}

	@Test
	void resolvesNoNameThatFitsSeveralPeopleOrNobody() {
		Participants participants = participants();

		assertThat(participants.named("Anna")).isNull();
		assertThat(participants.named("Lisa")).isNull();
		assertThat(participants.named("lisa@kommun.example")).as("an address the meeting did not give").isNull();
	}

	@Test
	void tellsTheModelNamesButNoAddresses() {
		assertThat(participants().names()).containsExactly("Anna Lind", "Anna Berg", "Erik Berg-Nilsson",
				"karin sjoberg");
	}

	@Test
	void addsSpeakersTheInvitationDidNotList() {
		Participants participants = participants(
				new Utterance("Per Olof Nyström (Region)", null, Duration.ZERO, Duration.ofSeconds(1), "Hej."));

		assertThat(participants.names()).endsWith("Per Olof Nyström");
		assertThat(participants.named("Nyström")).isEqualTo(new Person("Per Olof Nyström", null));
	}

	@Test
	void knowsASpeakerByAddressFirstThenByName() {
		Participants participants = participants();

		assertThat(participants.speaker(said("A. Lind", EmailAddress.of("anna.lind@kommun.example"))))
			.isEqualTo(ANNA_LIND);
		assertThat(participants.speaker(said("Anna Berg (Kommun A)", null))).isEqualTo(ANNA_BERG);
		assertThat(participants.speaker(said("Gäst", EmailAddress.of("gast@annan.example"))))
			.isEqualTo(Person.of("Gäst", "gast@annan.example"));
		assertThat(participants.speaker(said(Utterance.UNKNOWN_SPEAKER, null))).isNull();
	}

}
