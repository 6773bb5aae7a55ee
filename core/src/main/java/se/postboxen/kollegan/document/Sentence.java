package se.postboxen.kollegan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One sentence of a document, the unit every rule reads, with where it stands in the
 * text.
 *
 * @param start its first character in the text
 * @param end the character after its last
 * @param text its words
 * @param lower the same, lower case, as the rules match it
 */
record Sentence(int start, int end, String text, String lower) {

	/** Longer sentences (a table flattened into one line) are read in parts. */
	static final int MAX_LENGTH = 1000;

	/** A full stop after these does not end a sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("t.ex", "bl.a", "m.m", "m.fl", "o.s.v", "osv", "ca", "nr",
			"org", "org.nr", "resp", "inkl", "exkl", "enl", "jfr", "kap", "st", "p", "s", "f.d", "dvs", "d.v.s", "e.g",
			"i.e", "etc", "no", "vs", "art", "mr", "ms", "dr", "ab", "inc", "ltd");

	/**
	 * The sentence's characters {@code [from, to)} as written, found by matching its
	 * lower case form.
	 */
	String words(int from, int to) {
		return (this.text.length() == this.lower.length()) ? this.text.substring(from, to)
				: this.lower.substring(from, to);
	}

	Passage passage(String document) {
		return Passage.of(document, this.start, this.end);
	}

	/**
	 * The text's sentences in order. A line break ends a sentence unless the next line
	 * goes on in lower case or the line ends with a comma or hyphen (a PDF's wrapped
	 * line); a full stop, question or exclamation mark ends one when a capital or digit
	 * follows and the word before it is no abbreviation or clause number.
	 */
	static List<Sentence> split(String text) {
		List<Sentence> sentences = new ArrayList<>();
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\n' && endsLine(text, i)) {
				add(sentences, text, start, i);
				start = i + 1;
			}
			else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, i)) {
				add(sentences, text, start, i + 1);
				start = i + 1;
			}
		}
		add(sentences, text, start, length);
		return sentences;
	}

	private static boolean endsLine(String text, int newline) {
		int before = newline - 1;
		while (before >= 0 && text.charAt(before) == ' ') {
			before--;
		}
		if (before >= 0 && (text.charAt(before) == ',' || text.charAt(before) == '-')) {
			return false;
		}
		int next = newline + 1;
		while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
			next++;
		}
		return next >= text.length() || !Character.isLowerCase(text.charAt(next));
	}

	private static boolean endsSentence(String text, int start, int mark) {
		int next = mark + 1;
		if (next < text.length() && !Character.isWhitespace(text.charAt(next))) {
			return false;
		}
		while (next < text.length() && text.charAt(next) == ' ') {
			next++;
		}
		if (next < text.length() && text.charAt(next) != '\n') {
			char following = text.charAt(next);
			if (!Character.isUpperCase(following) && !Character.isDigit(following)
					&& "\"”“'(«".indexOf(following) < 0) {
				return false;
			}
		}
		if (text.charAt(mark) != '.') {
			return true;
		}
		int wordStart = mark;
		while (wordStart > start && !Character.isWhitespace(text.charAt(wordStart - 1))
				&& text.charAt(wordStart - 1) != '(') {
			wordStart--;
		}
		String word = text.substring(wordStart, mark).toLowerCase(Locale.ROOT);
		// "3.2." and "1." open a clause; "t.ex." and a lone initial end nothing.
		boolean opensClause = text.substring(start, wordStart).isBlank()
				&& word.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.');
		return !word.isEmpty() && !ABBREVIATIONS.contains(word) && !opensClause
				&& !(word.length() == 1 && Character.isLetter(word.charAt(0)));
	}

	private static void add(List<Sentence> sentences, String text, int from, int to) {
		int start = from;
		int end = to;
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		while (end - start > MAX_LENGTH) {
			int cut = text.lastIndexOf(' ', start + MAX_LENGTH);
			if (cut <= start) {
				cut = start + MAX_LENGTH;
			}
			sentences.add(of(text, start, cut));
			start = cut;
			while (start < end && Character.isWhitespace(text.charAt(start))) {
				start++;
			}
		}
		if (end > start && text.substring(start, end).chars().anyMatch(Character::isLetter)) {
			sentences.add(of(text, start, end));
		}
	}

	private static Sentence of(String text, int start, int end) {
		String words = text.substring(start, end).replaceAll("\\s+", " ");
		return new Sentence(start, end, words, words.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
	}

}
