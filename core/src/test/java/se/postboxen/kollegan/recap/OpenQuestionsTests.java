package se.postboxen.kollegan.recap;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.postboxen.kollegan.recap.TestMeetings.plain;

/** What a meeting leaves open, and what it answered. */
class OpenQuestionsTests {

	private final OfflineExtractor extractor = new OfflineExtractor();

	private List<String> openQuestions(String transcript) {
		return this.extractor.draft(TestMeetings.steeringGroup(), plain(transcript)).openQuestions();
	}

	@Test
	void aQuestionNobodyCouldAnswerIsOpen() {
		assertThat(openQuestions("""
				Erik Berg: Vet vi om hyresvärden har anlitat ombud?
				Anna Lind: Ingen aning, det stod inget om det i brevet. Det får vi ta reda på.
				""")).containsExactly("Vet vi om hyresvärden har anlitat ombud?");
	}

	@Test
	void anAnsweredQuestionIsNot() {
		assertThat(openQuestions("""
				Erik Berg: Hur många anbud kom in?
				Anna Lind: Fyra, varav ett för sent.
				""")).isEmpty();
	}

	@Test
	void anIssueSaidToBeOpenIsOpenInItsOwnWords() {
		assertThat(openQuestions("""
				Anna Lind: Vi måste ta reda på hur många som behöver utbildas innan vi kan planera något.
				""")).containsExactly("Vi måste ta reda på hur många som behöver utbildas innan vi kan planera något.");
		assertThat(openQuestions("Tom O'Brien: Open question: who pays for the external audit, TBD.")).hasSize(1);
	}

	@Test
	void aShortOpenMarkerPointsAtTheQuestionBeforeIt() {
		assertThat(openQuestions("""
				Erik Berg: Vem betalar flytten? Det är ju inte förskolans budget.
				Anna Lind: Det är oklart.
				""")).containsExactly("Vem betalar flytten?");
	}

	@Test
	void aNeedToKnowCountsAsAQuestion() {
		assertThat(openQuestions("""
				Erik Berg: Skolan behöver veta om lokalkostnaderna ingår i ramen.
				Anna Lind: Det vet jag inte i dag.
				""")).containsExactly("Skolan behöver veta om lokalkostnaderna ingår i ramen.");
	}

	@Test
	void aQuestionLeftLastWithNoReplyIsOpen() {
		assertThat(openQuestions("""
				Anna Lind: Tack för i dag.
				Erik Berg: Ska rapporten publiceras på engelska också?
				""")).containsExactly("Ska rapporten publiceras på engelska också?");
	}

	@Test
	void questionsThatRunTheMeetingAreNeverOpen() {
		assertThat(openQuestions("Anna Lind: Något mer? Är alla med?")).isEmpty();
	}

}
