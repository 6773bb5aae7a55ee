package se.postboxen.kollegan.bot.document.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.document.Answer;
import se.postboxen.kollegan.document.Passage;
import se.postboxen.kollegan.document.WrittenAnswer;

/**
 * The answer to a question about a document: the passages that fit it best, best first,
 * and the language model's answer when one was written from them.
 *
 * @param answeredBy {@code model}: the language model wrote {@code answer} from
 * {@code passages} alone, citing them by number ({@code [1]} is the first); or
 * {@code retrieval}: the passages were found by matching the question's words and nothing
 * was written, read them to get the answer
 * @param answer the model's answer; absent for {@code retrieval}
 * @param cited the passages the answer rests on, counted from 1; absent for
 * {@code retrieval}
 * @param model the model that wrote the answer; absent for {@code retrieval}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AnswerResponse(String question, String answeredBy, @Nullable String answer, @Nullable List<Integer> cited,
		@Nullable String model, List<Passage> passages) {

	static AnswerResponse of(Answer answer) {
		WrittenAnswer written = answer.written();
		if (written == null) {
			return new AnswerResponse(answer.question(), "retrieval", null, null, null, answer.passages());
		}
		return new AnswerResponse(answer.question(), "model", written.text(), written.cited(), written.model(),
				answer.passages());
	}

}
