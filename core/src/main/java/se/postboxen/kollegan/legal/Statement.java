package se.postboxen.kollegan.legal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * One sentence as said, the unit the legal rules read. Platforms cut speech into cues
 * mid-sentence, so a speaker's consecutive cues are joined into one turn before it is
 * split into sentences, and each sentence keeps the start of the cue it begins in (as the
 * recap's reading does, for its own rules).
 *
 * @param at when the cue the sentence begins in started
 * @param lower the text as the rules read it
 */
record Statement(String speaker, @Nullable EmailAddress speakerEmail, Duration at, String text, String lower) {

	/** After a full stop, question or exclamation mark, a new sentence starts big. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\\d\"”'])",
			Pattern.UNICODE_CHARACTER_CLASS);

	static List<Statement> of(Transcript transcript) {
		List<Statement> statements = new ArrayList<>();
		List<Utterance> cues = transcript.utterances();
		int first = 0;
		while (first < cues.size()) {
			int last = first;
			while (last + 1 < cues.size() && sameSpeaker(cues.get(first), cues.get(last + 1))) {
				last++;
			}
			addTurn(cues.subList(first, last + 1), statements);
			first = last + 1;
		}
		return statements;
	}

	private static boolean sameSpeaker(Utterance one, Utterance other) {
		return one.speaker().equals(other.speaker()) && Objects.equals(one.speakerEmail(), other.speakerEmail());
	}

	private static void addTurn(List<Utterance> cues, List<Statement> statements) {
		StringBuilder turn = new StringBuilder();
		int[] cueStarts = new int[cues.size()];
		for (int i = 0; i < cues.size(); i++) {
			if (!turn.isEmpty()) {
				turn.append(' ');
			}
			cueStarts[i] = turn.length();
			turn.append(cues.get(i).text().strip().replaceAll("\\s+", " "));
		}
		Utterance speech = cues.get(0);
		Matcher end = SENTENCE_END.matcher(turn);
		int from = 0;
		while (from < turn.length()) {
			boolean more = end.find();
			int to = more ? end.start() : turn.length();
			String text = turn.substring(from, to).strip();
			if (!text.isEmpty()) {
				int cue = 0;
				while (cue + 1 < cueStarts.length && cueStarts[cue + 1] <= from) {
					cue++;
				}
				statements.add(new Statement(speech.speaker(), speech.speakerEmail(), cues.get(cue).start(), text,
						text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')));
			}
			from = more ? end.end() : turn.length();
		}
	}

}
