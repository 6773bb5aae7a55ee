package se.postboxen.kollegan.recap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * A transcript as sentences grouped in turns. Platforms cut speech into cues mid-sentence
 * ("… en ändringsbegäran" / "på 180 000 kronor …"), so a speaker's consecutive cues are
 * joined into one turn before it is split into sentences; each sentence keeps the start
 * of the cue it begins in.
 */
final class Conversation {

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+[\"”']?\\s+");

	/** The word before a full stop, and the word before that if any. */
	private static final Pattern LAST_WORDS = Pattern.compile("(?:([\\p{L}-]+)\\s+)?([\\p{L}.]+)$");

	/** Abbreviations whose full stop does not end a sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("t.ex", "bl.a", "kl", "ca", "dvs", "d.v.s", "resp", "jfr",
			"nr", "s.k", "p.g.a", "pga", "o.s.v", "e.g", "i.e", "mr", "mrs", "ms", "dr", "st", "v", "ang", "inkl",
			"exkl", "fr.o.m", "t.o.m");

	private final List<Sentence> sentences;

	/** For each turn, the position of its first sentence, plus one past the last. */
	private final int[] turnStarts;

	private Conversation(List<Sentence> sentences, int[] turnStarts) {
		this.sentences = List.copyOf(sentences);
		this.turnStarts = turnStarts;
	}

	static Conversation of(Transcript transcript, Roster roster) {
		List<Sentence> sentences = new ArrayList<>();
		List<Integer> turnStarts = new ArrayList<>();
		List<Utterance> utterances = transcript.utterances();
		int first = 0;
		while (first < utterances.size()) {
			int last = first;
			while (last + 1 < utterances.size() && sameSpeaker(utterances.get(first), utterances.get(last + 1))) {
				last++;
			}
			int before = sentences.size();
			addTurn(utterances.subList(first, last + 1), turnStarts.size(), roster, sentences);
			if (sentences.size() > before) {
				turnStarts.add(before);
			}
			first = last + 1;
		}
		turnStarts.add(sentences.size());
		return new Conversation(sentences, turnStarts.stream().mapToInt(Integer::intValue).toArray());
	}

	private static boolean sameSpeaker(Utterance one, Utterance other) {
		return one.speaker().equals(other.speaker()) && Objects.equals(one.speakerEmail(), other.speakerEmail());
	}

	private static void addTurn(List<Utterance> cues, int turn, Roster roster, List<Sentence> sentences) {
		StringBuilder text = new StringBuilder();
		int[] cueStarts = new int[cues.size()];
		for (int i = 0; i < cues.size(); i++) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			cueStarts[i] = text.length();
			text.append(cues.get(i).text().strip());
		}
		Utterance speech = cues.get(0);
		@Nullable Person speaker = roster.speaker(speech.speaker(), speech.speakerEmail());
		int cue = 0;
		int start = 0;
		Matcher end = SENTENCE_END.matcher(text);
		while (start < text.length()) {
			int stop = text.length();
			while (end.find()) {
				if (!isAbbreviation(text, end.start())) {
					stop = end.end();
					break;
				}
			}
			String sentence = text.substring(start, stop).strip();
			while (cue + 1 < cueStarts.length && cueStarts[cue + 1] <= start) {
				cue++;
			}
			if (!sentence.isEmpty()) {
				sentences.add(Sentence.of(sentences.size(), turn, speech.speaker(), speaker, cues.get(cue).start(),
						sentence));
			}
			start = stop;
		}
	}

	/**
	 * "t.ex. en" and "kl. 10" go on, and so does an initial after a name or at the start
	 * ("Anna K. Berg", "J. Taylor"); "alternativ B. Sedan …" ends.
	 */
	private static boolean isAbbreviation(CharSequence text, int punctuation) {
		if (text.charAt(punctuation) != '.') {
			return false;
		}
		Matcher words = LAST_WORDS.matcher(text.subSequence(Math.max(0, punctuation - 40), punctuation));
		if (!words.find()) {
			return false;
		}
		String last = words.group(2);
		if (last.length() == 1 && Character.isUpperCase(last.charAt(0))) {
			String before = words.group(1);
			return before == null || Character.isUpperCase(before.charAt(0));
		}
		return ABBREVIATIONS.contains(last.toLowerCase(Locale.ROOT));
	}

	List<Sentence> sentences() {
		return this.sentences;
	}

	Sentence get(int position) {
		return this.sentences.get(position);
	}

	int size() {
		return this.sentences.size();
	}

	/** Position of the first sentence of the turn after {@code sentence}'s, or -1. */
	int nextTurnStart(Sentence sentence) {
		int next = sentence.turn() + 1;
		return (next < this.turnStarts.length - 1) ? this.turnStarts[next] : -1;
	}

	/** Position of the first sentence of {@code sentence}'s own turn. */
	int turnStart(Sentence sentence) {
		return this.turnStarts[sentence.turn()];
	}

	/** Position one past the last sentence of {@code sentence}'s own turn. */
	int turnEnd(Sentence sentence) {
		return this.turnStarts[sentence.turn() + 1];
	}

	/** The sentence that opened the turn before {@code sentence}'s, if any. */
	@Nullable Sentence previousTurn(Sentence sentence) {
		int previous = sentence.turn() - 1;
		return (previous >= 0) ? this.sentences.get(this.turnStarts[previous]) : null;
	}

}
