package se.postboxen.kollegan.recap;

import java.util.List;
import java.util.Objects;

/**
 * What a language model made of a transcript.
 *
 * @param language {@code sv}, {@code en} or {@code mixed}
 * @param openQuestions what the meeting left unanswered, each in a sentence
 */
public record RecapDraft(String language, String summary, List<String> topics, List<DecisionDraft> decisions,
		List<ActionDraft> actions, List<String> openQuestions) {

	public RecapDraft {
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(summary, "summary");
		topics = List.copyOf(topics);
		decisions = List.copyOf(decisions);
		actions = List.copyOf(actions);
		openQuestions = List.copyOf(openQuestions);
	}

}
