package se.postboxen.kollegan.bot.document.web;

import java.util.List;

import se.postboxen.kollegan.document.Answer;
import se.postboxen.kollegan.document.Passage;

/**
 * The passages of a document that fit a question best, best first.
 *
 * @param answeredBy {@code retrieval}: the passages were found by matching the question's
 * words, nothing was written; read them to get the answer
 */
record AnswerResponse(String question, String answeredBy, List<Passage> passages) {

	static AnswerResponse of(Answer answer) {
		return new AnswerResponse(answer.question(), "retrieval", answer.passages());
	}

}
