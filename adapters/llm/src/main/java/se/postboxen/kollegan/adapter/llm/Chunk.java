package se.postboxen.kollegan.adapter.llm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.transcript.Utterance;

/**
 * A stretch of the transcript given to the model in one call: whole utterances in order,
 * consecutive ones by the same speaker on one line ({@code Anna Lind: …}), so that a
 * speaker's name is sent once per turn rather than once per caption cue. Offsets are not
 * sent at all: a quote the model returns is found here again, and its offset and speaker
 * are the transcript's own.
 */
final class Chunk {

	private final List<Line> lines;

	private final String text;

	private Chunk(List<Line> lines) {
		this.lines = List.copyOf(lines);
		StringBuilder text = new StringBuilder();
		for (Line line : lines) {
			text.append(line.speaker()).append(": ").append(line.speech()).append('\n');
		}
		this.text = text.toString();
	}

	/** The lines as the model reads them. */
	String text() {
		return this.text;
	}

	List<Utterance> utterances() {
		return this.lines.stream().flatMap(line -> line.utterances().stream()).toList();
	}

	/**
	 * Where {@code quote} was said in this chunk: within one speaker's turn, on word
	 * boundaries, ignoring case, punctuation and spacing (models tidy those). The quote
	 * returned is the transcript's own words, not the model's copy of them.
	 */
	Optional<Quoted> locate(String quote) {
		Optional<Quoted> found = find(quote);
		int colon = quote.indexOf(": ");
		// Models sometimes keep the "Speaker: " the lines begin with.
		return (found.isEmpty() && colon > 0) ? find(quote.substring(colon + 2)) : found;
	}

	private Optional<Quoted> find(String quote) {
		Normalized wanted = Normalized.of(quote);
		if (wanted.text().isEmpty()) {
			return Optional.empty();
		}
		for (Line line : this.lines) {
			int at = line.normalized().find(wanted.text());
			if (at >= 0) {
				int start = line.normalized().positions()[at];
				int end = line.normalized().positions()[at + wanted.text().length() - 1] + 1;
				int utterance = Arrays.binarySearch(line.starts(), start);
				utterance = (utterance >= 0) ? utterance : -utterance - 2;
				return Optional.of(new Quoted(line.utterances().get(utterance), line.speech().substring(start, end)));
			}
		}
		return Optional.empty();
	}

	/** A quote found in the transcript, and the utterance it starts in. */
	record Quoted(Utterance utterance, String quote) {

	}

	/** Collects utterances into lines, one per speaker's turn. */
	static final class Builder {

		private final List<Line> lines = new ArrayList<>();

		private final List<Utterance> turn = new ArrayList<>();

		private final List<Integer> starts = new ArrayList<>();

		private final StringBuilder speech = new StringBuilder();

		/**
		 * Whether {@code utterance} would continue the last line rather than start one.
		 */
		boolean continues(Utterance utterance) {
			return !this.turn.isEmpty() && this.turn.get(0).speaker().equals(utterance.speaker());
		}

		/**
		 * @param speech the utterance's words with their spacing tidied
		 */
		void add(Utterance utterance, String speech) {
			if (!continues(utterance)) {
				endTurn();
			}
			if (!this.speech.isEmpty()) {
				this.speech.append(' ');
			}
			this.starts.add(this.speech.length());
			this.speech.append(speech);
			this.turn.add(utterance);
		}

		boolean isEmpty() {
			return this.lines.isEmpty() && this.turn.isEmpty();
		}

		Chunk build() {
			endTurn();
			return new Chunk(this.lines);
		}

		private void endTurn() {
			if (this.turn.isEmpty()) {
				return;
			}
			String speech = this.speech.toString();
			this.lines.add(new Line(this.turn.get(0).speaker(), List.copyOf(this.turn),
					this.starts.stream().mapToInt(Integer::intValue).toArray(), speech, Normalized.of(speech)));
			this.turn.clear();
			this.starts.clear();
			this.speech.setLength(0);
		}

	}

	/**
	 * One speaker's turn.
	 *
	 * @param starts where each utterance starts in {@code speech}
	 */
	private record Line(String speaker, List<Utterance> utterances, int[] starts, String speech,
			Normalized normalized) {

	}

	/**
	 * Text in lower case with every run of anything but letters and digits made one
	 * space, and where each of its characters came from.
	 */
	private record Normalized(String text, int[] positions) {

		static Normalized of(String original) {
			StringBuilder text = new StringBuilder(original.length());
			int[] positions = new int[original.length()];
			for (int i = 0; i < original.length(); i++) {
				char c = original.charAt(i);
				if (Character.isLetterOrDigit(c)) {
					positions[text.length()] = i;
					text.append(Character.toLowerCase(c));
				}
				else if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
					positions[text.length()] = i;
					text.append(' ');
				}
			}
			if (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
				text.setLength(text.length() - 1);
			}
			return new Normalized(text.toString(), Arrays.copyOf(positions, text.length()));
		}

		/** The first place {@code words} stand as whole words, or -1. */
		int find(String words) {
			for (int at = this.text.indexOf(words); at >= 0; at = this.text.indexOf(words, at + 1)) {
				int end = at + words.length();
				if ((at == 0 || this.text.charAt(at - 1) == ' ')
						&& (end == this.text.length() || this.text.charAt(end) == ' ')) {
					return at;
				}
			}
			return -1;
		}

	}

}
