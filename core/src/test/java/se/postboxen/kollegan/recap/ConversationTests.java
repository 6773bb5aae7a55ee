package se.postboxen.kollegan.recap;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.transcript.Transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.postboxen.kollegan.recap.TestMeetings.ANNA;
import static se.postboxen.kollegan.recap.TestMeetings.ANNA_KARIN;
import static se.postboxen.kollegan.recap.TestMeetings.ERIK;
import static se.postboxen.kollegan.recap.TestMeetings.plain;

/** Sentences, turns and names as the rules see them. */
class ConversationTests {

	private static Conversation conversation(Transcript transcript) {
		return Conversation.of(transcript, Roster.of(TestMeetings.steeringGroup(), transcript));
	}

	private static List<String> sentences(String transcript) {
		return conversation(plain(transcript)).sentences().stream().map(Sentence::text).toList();
	}

	@Test
	void aSentenceEndsAtItsFullStopButNotAtAnAbbreviationOrAnInitial() {
		assertThat(sentences("Anna Lind: Vi väljer alternativ B. Sara, kan du skriva beslutet? Ja, t.ex. i morgon."))
			.containsExactly("Vi väljer alternativ B.", "Sara, kan du skriva beslutet?", "Ja, t.ex. i morgon.");
		assertThat(sentences("Anna Lind: Jag pratar med Anna K. Berg om det kl. 10 i morgon."))
			.containsExactly("Jag pratar med Anna K. Berg om det kl. 10 i morgon.");
	}

	@Test
	void aSpeakersConsecutiveCuesAreOneTurnAndEachSentenceKeepsTheStartOfItsCue() {
		Conversation conversation = conversation(TestMeetings.vtt("""
				WEBVTT

				00:00:01.000 --> 00:00:04.000
				<v Erik Berg>Leverantören har skickat en ändringsbegäran</v>

				00:00:04.000 --> 00:00:06.000
				<v Erik Berg>på 180 000 kronor. Jag läser den</v>

				00:00:06.000 --> 00:00:09.000
				<v Erik Berg>i kväll.</v>

				00:00:10.000 --> 00:00:12.000
				<v Anna Lind>Bra.</v>
				"""));

		assertThat(conversation.sentences()).extracting(Sentence::text, Sentence::at, Sentence::turn)
			.containsExactly(
					tuple("Leverantören har skickat en ändringsbegäran på 180 000 kronor.", Duration.ofSeconds(1), 0),
					tuple("Jag läser den i kväll.", Duration.ofSeconds(4), 0),
					tuple("Bra.", Duration.ofSeconds(10), 1));
		assertThat(conversation.sentences().get(0).speaker()).isEqualTo(ERIK);
	}

	@Test
	void aNameIsMentionedOnlyWhenWrittenAsOneAndWhole() {
		Roster roster = Roster.of(TestMeetings.steeringGroup(), plain("Anna Lind: Hej."));

		assertThat(roster.mentions("Anna-Karin tar det, inte Anna.")).extracting(mention -> mention.person(null))
			.containsExactly(ANNA_KARIN, ANNA);
		assertThat(roster.mentions("Eriks förslag, per telefon, om en anna sak.")).isEmpty();
		assertThat(roster.mentions("Anna Karin skickar det.")).extracting(mention -> mention.person(null))
			.as("speech-to-text drops the hyphen")
			.containsExactly(ANNA_KARIN);
	}

	@Test
	void aSharedFirstNameIsNobodyUnlessOneOfThemIsTheSpeaker() {
		Person annaBerg = Person.of("Anna Berg", "anna.berg@kommun-a.example");
		Roster roster = Roster.of(TestMeetings.meeting(ANNA, List.of(annaBerg)), plain("Anna Lind: Hej."));

		Roster.Mention anna = roster.mentions("Anna tar det.").get(0);

		assertThat(anna.person(null)).isNull();
		assertThat(anna.person(ANNA)).isEqualTo(annaBerg);
	}

	@Test
	void aSpeakerLabelledByTheirDirectoryResolvesToTheInvitedPerson() {
		Roster roster = Roster.of(TestMeetings.steeringGroup(), plain("Lind, Anna: Hej."));

		assertThat(roster.speaker("Lind, Anna", null)).isEqualTo(ANNA);
		assertThat(roster.speaker("Erik Berg (Kommun A)", null)).isEqualTo(ERIK);
		assertThat(roster.speaker("Okänd talare", null)).isNull();
	}

}
