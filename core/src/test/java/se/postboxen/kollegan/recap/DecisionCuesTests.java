package se.postboxen.kollegan.recap;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static se.postboxen.kollegan.recap.TestMeetings.ANNA;
import static se.postboxen.kollegan.recap.TestMeetings.plain;

/** What counts as decided, in Swedish and English, and what only sounds like it. */
class DecisionCuesTests {

	private final OfflineExtractor extractor = new OfflineExtractor();

	private List<DecisionDraft> decisions(String transcript) {
		return this.extractor.draft(TestMeetings.steeringGroup(), plain(transcript)).decisions();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Vi beslutar att driftstarten ligger kvar i april.",
			"Beslut: vi skickar en varning till all personal i dag.", "Då kör vi på Nordtrafik.",
			"Vi bestämmer att vi bekräftar lokalen i Malmö.",
			"Då är vi överens om att avdelningarna flyttar till biblioteket.",
			"Kommunstyrelsen beslutar att anta detaljplanen.", "Ärendet bordläggs alltså.",
			"Det är beslutat att vi utvärderar efter varje driftstörning.", "We agreed to move the launch to May.",
			"We’ve agreed that renewals are automated.", "We decided to skip the compatibility layer.",
			"Decision: Olle owns the test environment.", "Then let's go with Rotterdam in May.",
			"Then the board approves the annual accounts." })
	void aDecisionSaidInEitherLanguageIsFoundWithItsSpeaker(String sentence) {
		assertThat(decisions("Anna Lind: " + sentence)).singleElement().satisfies(decision -> {
			assertThat(decision.speaker()).isEqualTo(ANNA);
			assertThat(decision.source().quote()).isEqualTo(sentence);
			assertThat(decision.confidence().value()).isGreaterThanOrEqualTo(0.7);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jag föreslår att vi beslutar att driftstarten ligger kvar.", "Kan vi besluta så?",
			"Är vi överens om att vi sänker kravet?", "Vi har inte bestämt det än.", "Vi beslutar inte om det i dag.",
			"Om vi bestämmer oss för B blir det dyrare.", "We haven't decided on the vendor yet.",
			"Arbetsutskottets förslag är att planen antas.", "Vi kör på engelska när det behövs.",
			"Avtal kan tecknas tidigast i slutet av februari." })
	void proposalsQuestionsNegationsAndConditionsAreNotDecisions(String sentence) {
		assertThat(decisions("Anna Lind: " + sentence)).isEmpty();
	}

	@Test
	void aDecisionThatOnlyPointsBackTakesItsTextFromTheProposal() {
		List<DecisionDraft> decisions = decisions("""
				Anna Lind: Arbetsutskottet föreslår att delårsrapporten godkänns och att en åtgärdsplan tas fram.
				Anna Lind: Kan vi besluta så?
				Erik Berg: Ja.
				Anna Lind: Då är det så beslutat.
				""");

		assertThat(decisions).singleElement().satisfies(decision -> {
			assertThat(decision.text()).startsWith("Arbetsutskottet föreslår att delårsrapporten godkänns");
			assertThat(decision.source().quote()).isEqualTo("Då är det så beslutat.");
		});
	}

	@Test
	void aDecisionRepeatedIsKeptOnce() {
		assertThat(decisions("""
				Anna Lind: Vi beslutar att driftstarten ligger kvar i april.
				Erik Berg: Bra.
				Anna Lind: Beslut: driftstarten ligger kvar i april.
				""")).hasSize(1);
	}

}
