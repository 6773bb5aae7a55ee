package se.postboxen.kollegan.recap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.Person;

/**
 * One sentence as said, the unit every offline rule reads.
 *
 * @param position index in the meeting
 * @param turn index of the speaker's turn it belongs to (consecutive sentences of one
 * speaker share a turn)
 * @param speakerLabel the name the transcript gives
 * @param speaker the person behind that name, {@code null} when nobody is named
 * @param at when the utterance the sentence starts in began
 * @param lower the text as the rules read it, see {@link Phrases#lower}
 * @param words the text's words, lower case
 * @param content the words that may carry what the sentence is about
 * @param vocabulary every word once, so that a rule can skip a sentence that lacks the
 * words it listens for without running its pattern
 */
record Sentence(int position, int turn, String speakerLabel, @Nullable Person speaker, Duration at, String text,
		String lower, List<String> words, Set<String> content, Set<String> vocabulary) {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	static Sentence of(int position, int turn, String speakerLabel, @Nullable Person speaker, Duration at,
			String text) {
		String lower = Phrases.lower(text);
		List<String> words = new ArrayList<>();
		Set<String> content = new HashSet<>();
		Matcher matcher = WORD.matcher(lower);
		while (matcher.find()) {
			words.add(matcher.group());
			if (Phrases.isContent(matcher.group())) {
				content.add(matcher.group());
			}
		}
		return new Sentence(position, turn, speakerLabel, speaker, at, text, lower, List.copyOf(words),
				Set.copyOf(content), Set.copyOf(words));
	}

	boolean saysAny(Set<String> words) {
		for (String word : words) {
			if (this.vocabulary.contains(word)) {
				return true;
			}
		}
		return false;
	}

	boolean isQuestion() {
		return this.text.endsWith("?");
	}

	TranscriptSpan span() {
		return new TranscriptSpan(this.at, Phrases.shorten(this.text, TranscriptSpan.MAX_QUOTE_LENGTH));
	}

}
