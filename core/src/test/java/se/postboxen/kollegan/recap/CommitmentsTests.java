package se.postboxen.kollegan.recap;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.transcript.Transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static se.postboxen.kollegan.recap.TestMeetings.ANNA;
import static se.postboxen.kollegan.recap.TestMeetings.ANNA_KARIN;
import static se.postboxen.kollegan.recap.TestMeetings.ERIK;
import static se.postboxen.kollegan.recap.TestMeetings.TOM;
import static se.postboxen.kollegan.recap.TestMeetings.plain;

/**
 * Who an action falls to and whether it is one at all: owners resolved against the
 * invitation, "jag"/"I" as the speaker, "du"/"you" as the one spoken to, and what is not
 * a commitment — negations, questions, refusals, conditions.
 */
class CommitmentsTests {

	private final OfflineExtractor extractor = new OfflineExtractor();

	private List<ActionDraft> actions(Transcript transcript) {
		return this.extractor.draft(TestMeetings.steeringGroup(), transcript).actions();
	}

	private ActionDraft onlyAction(String transcript) {
		List<ActionDraft> actions = actions(plain(transcript));
		assertThat(actions).hasSize(1);
		return actions.get(0);
	}

	@Test
	void jagIsTheSpeakerWithTheAddressTheInvitationGave() {
		ActionDraft action = onlyAction("Erik Berg: Jag skickar ut protokollet i morgon.");

		assertThat(action.owner()).isEqualTo(ERIK);
		assertThat(action.due()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(action.needsConfirmation()).isFalse();
		assertThat(action.text()).isEqualTo("Jag skickar ut protokollet i morgon.");
		assertThat(action.source().quote()).isEqualTo("Jag skickar ut protokollet i morgon.");
	}

	@Test
	void iIsTheSpeakerInEnglish() {
		ActionDraft action = onlyAction("Tom O'Brien: Sure, I'll send the schema over by Friday.");

		assertThat(action.owner()).isEqualTo(TOM);
		assertThat(action.due()).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(action.text()).as("without the filler it opened with")
			.isEqualTo("I'll send the schema over by Friday.");
	}

	@Test
	void aNameSaidIsThatPersonByFirstNameOrFullName() {
		assertThat(onlyAction("Anna Lind: Erik fixar lokalen till fredag.").owner()).isEqualTo(ERIK);
		assertThat(onlyAction("Anna Lind: Då tar Erik Berg kontakten med leverantören.").owner()).isEqualTo(ERIK);
		assertThat(onlyAction("Anna Lind: Anna-Karin tar hand om avtalsgenomgången.").owner()).isEqualTo(ANNA_KARIN);
		assertThat(onlyAction("Anna Lind: Action: Tom to send the updated schema.").owner()).isEqualTo(TOM);
	}

	@Test
	void aDoubleNameIsNotMistakenForItsFirstHalf() {
		Person annaBerg = Person.of("Anna Berg", "anna.berg@kommun-a.example");
		List<ActionDraft> actions = this.extractor
			.draft(TestMeetings.meeting(ERIK, List.of(annaBerg, ANNA_KARIN)),
					plain("Erik Berg: Anna-Karin skickar underlaget på måndag."))
			.actions();

		assertThat(actions).singleElement().satisfies(action -> assertThat(action.owner()).isEqualTo(ANNA_KARIN));
	}

	@Test
	void duIsTheOneNamedInTheSentence() {
		ActionDraft action = onlyAction("""
				Anna Lind: Anna-Karin, kan du gå igenom avtalet senast fredag nästa vecka?
				Anna-Karin Sjögren: Ja, det gör jag.
				""");

		assertThat(action.owner()).isEqualTo(ANNA_KARIN);
		assertThat(action.due()).isEqualTo(LocalDate.of(2026, 12, 11));
		assertThat(action.needsConfirmation()).isFalse();
		assertThat(action.source().quote()).startsWith("Anna-Karin, kan du");
	}

	@Test
	void youIsTheOneWhoSaysYesAndTheirDateWins() {
		ActionDraft action = onlyAction("""
				Erik Berg: Can you send me the latest schema by Friday?
				Tom O'Brien: Sure, I'll send it over tomorrow actually.
				""");

		assertThat(action.owner()).isEqualTo(TOM);
		assertThat(action.due()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(action.needsConfirmation()).isFalse();
	}

	@Test
	void duWithNobodyNamedIsThePreviousSpeakerToBeConfirmed() {
		ActionDraft action = onlyAction("""
				Erik Berg: Jag har läst rapporten och den saknar en tidplan.
				Anna Lind: Kan du skriva ihop en tidplan till fredag?
				""");

		assertThat(action.owner()).isEqualTo(ERIK);
		assertThat(action.needsConfirmation()).isTrue();
	}

	@Test
	void youIsTheOnlyOtherSpeakerWhenNobodyElseSpoke() {
		ActionDraft action = onlyAction("Anna Lind: Could you draft the invitation for the workshop?");

		assertThat(action.owner()).as("nobody else spoke, and the meeting has several invited").isNull();
		assertThat(action.needsConfirmation()).isTrue();

		List<ActionDraft> twoOfThem = this.extractor.draft(TestMeetings.meeting(ANNA, List.of(TOM)), plain("""
				Tom O'Brien: The venue is confirmed for March.
				Anna Lind: Great. Also, could you draft the invitation for the workshop?
				""")).actions();
		assertThat(twoOfThem).singleElement().satisfies(only -> {
			assertThat(only.owner()).isEqualTo(TOM);
			assertThat(only.needsConfirmation()).isTrue();
		});
	}

	@Test
	void anOfferIsAnActionOnlyWhenItIsTakenUp() {
		ActionDraft taken = onlyAction("""
				Erik Berg: Ska jag boka in ett extra testmöte med leverantören?
				Anna Lind: Ja, gör det gärna, helst innan jul.
				""");
		assertThat(taken.owner()).isEqualTo(ERIK);
		assertThat(taken.due()).isNull();
		assertThat(taken.needsConfirmation()).as("\"innan jul\" names no day").isTrue();

		assertThat(actions(plain("""
				Erik Berg: Ska jag bjuda in till uppföljningen?
				Anna Lind: Nej, det gör jag själv.
				"""))).singleElement().satisfies(action -> assertThat(action.owner()).isEqualTo(ANNA));
	}

	@Test
	void askingToBeGivenSomethingOffersNothing() {
		assertThat(actions(plain("""
				Tom O'Brien: Kan jag få klagomålen före fredag?
				Erik Berg: Absolut.
				"""))).isEmpty();
	}

	@Test
	void aRefusedRequestIsNoActionButTheCounterOfferIs() {
		ActionDraft action = onlyAction("""
				Anna Lind: Erik, kan du ta fram en kalkyl till nästa vecka?
				Erik Berg: Nej, nästa vecka hinner jag inte. Men jag kan ha den klar om två veckor.
				""");

		assertThat(action.owner()).isEqualTo(ERIK);
		assertThat(action.due()).isEqualTo(LocalDate.of(2026, 12, 16));
		assertThat(action.source().quote()).isEqualTo("Men jag kan ha den klar om två veckor.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Erik Berg: Jag tar inte intervjufrågorna den här gången.",
			"Erik Berg: Jag kan tyvärr inte ringa leverantören.", "Tom O'Brien: I won't promise anything I can't keep.",
			"Tom O'Brien: I will not send it before the audit.",
			"Erik Berg: Jag behöver läsa avtalet noga innan jag kan svara.",
			"Tom O'Brien: I'll need the updated schema documentation.",
			"Erik Berg: Om vi inte tappar mer så klarar vi april.", "Erik Berg: Jag kanske kan titta på det.",
			"Tom O'Brien: Maybe I'll look at it later.", "Erik Berg: Jag tror att Anna bokar lokalen?",
			"Tom O'Brien: I'd have to check with our product team.", "Erik Berg: Jag delar skärmen nu.",
			"Tom O'Brien: I'll be brief.", "Anna Lind: Vill du börja med lägesrapporten, Erik?",
			"Erik Berg: Jag har skrivit klart kapitlen om Sverige." })
	void negationsQuestionsConditionsAndTalkAboutTheMeetingAreNoActions(String transcript) {
		assertThat(actions(plain(transcript))).isEmpty();
	}

	@Test
	void aYesToBeingSomethingIsNoTask() {
		assertThat(actions(plain("""
				Anna Lind: Tom, would you be willing to be the owner for the next two sprints?
				Tom O'Brien: Sure, I can do that.
				"""))).isEmpty();
	}

	@Test
	void aSpeakerGoingOnAboutTheSameTaskIsOneActionDatedByTheSecondSentence() {
		ActionDraft action = onlyAction(
				"Erik Berg: Jag informerar vårdnadshavarna. Jag skickar ut ett brev i morgon, innan de går på jullov.");

		assertThat(action.source().quote()).isEqualTo("Jag informerar vårdnadshavarna.");
		assertThat(action.due()).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	@Test
	void aSecondTaskSaidAsSuchIsASecondAction() {
		assertThat(actions(plain("Erik Berg: Jag bokar lokalen. Jag skickar också ut kallelsen."))).hasSize(2);
	}

	@Test
	void anActionRepeatedInTheClosingSummaryIsKeptOnce() {
		assertThat(actions(plain("""
				Erik Berg: Jag skickar ut det reviderade förfrågningsunderlaget till fredag.
				Anna Lind: Bra. Nästa punkt är budgeten.
				Erik Berg: Så för att summera: jag skickar ut det reviderade förfrågningsunderlaget till fredag.
				""")).stream().map(action -> action.source().quote())).hasSize(1);
	}

	@Test
	void aDateAskedForInTheNextQuestionDatesTheActionToBeConfirmed() {
		ActionDraft action = onlyAction("""
				Erik Berg: Jag skriver ihop en introduktionsplan. Kan vi säga att den är klar till fredag?
				Anna Lind: Det går bra.
				""");

		assertThat(action.due()).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(action.needsConfirmation()).isTrue();
	}

	@Test
	void aSpeakerNotInTheInvitationOwnsWhatTheyTakeOnByName() {
		ActionDraft action = onlyAction("Sören Blom (Konsult AB): Jag kan ta intervjufrågorna.");

		assertThat(action.owner()).isEqualTo(Person.of("Sören Blom", null));
	}

	@Test
	void aParticipantInvitedByAddressOnlyIsFoundByTheNameInTheAddress() {
		Person byAddress = Person.of(null, "hampus.wester@kommun-b.example");
		List<ActionDraft> actions = this.extractor
			.draft(TestMeetings.meeting(ANNA, List.of(byAddress)), plain("Anna Lind: Hampus mejlar rektorerna i dag."))
			.actions();

		assertThat(actions).singleElement().satisfies(action -> assertThat(action.owner()).isEqualTo(byAddress));
	}

	@Test
	void anActionCarriesTheOffsetOfTheCueItWasSaidIn() {
		List<ActionDraft> actions = actions(TestMeetings.vtt("""
				WEBVTT

				00:00:04.000 --> 00:00:09.000
				<v Erik Berg>Leverantören har skickat en ändringsbegäran.</v>

				00:01:20.500 --> 00:01:24.900
				<v Erik Berg>Jag går igenom</v>

				00:01:24.900 --> 00:01:28.800
				<v Erik Berg>ändringsbegäran till fredag.</v>
				"""));

		assertThat(actions).singleElement().satisfies(action -> {
			assertThat(action.source().at()).isEqualTo(Duration.ofMillis(80_500));
			assertThat(action.source().quote()).isEqualTo("Jag går igenom ändringsbegäran till fredag.");
		});
	}

}
