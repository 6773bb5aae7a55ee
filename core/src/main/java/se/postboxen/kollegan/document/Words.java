package se.postboxen.kollegan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a sentence as the summary and the question search weigh them: function
 * words of Swedish and English left out, and each word cut to its first
 * {@value #STEM_LENGTH} letters, so that "leverantören", "leverantörens" and "leverantör"
 * count as one.
 */
final class Words {

	/** Long enough to keep most words apart, short enough for Swedish inflection. */
	static final int STEM_LENGTH = 6;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Set<String> FUNCTION_WORDS = Set.of("och", "att", "det", "som", "en", "ett", "på", "är", "av",
			"för", "med", "till", "den", "har", "de", "inte", "om", "men", "vi", "jag", "du", "kan", "så", "vad", "här",
			"från", "då", "eller", "också", "när", "var", "hur", "alla", "vara", "blir", "efter", "dem", "sig", "denna",
			"detta", "dessa", "där", "skulle", "får", "vid", "under", "över", "mot", "utan", "samt", "enligt", "sina",
			"sin", "sitt", "vilka", "vilken", "vilket", "ska", "skall", "bör", "måste", "i", "the", "and", "to", "of",
			"a", "an", "is", "it", "that", "for", "on", "we", "you", "this", "with", "are", "as", "have", "will", "can",
			"not", "but", "or", "our", "what", "all", "if", "at", "by", "from", "they", "do", "be", "its", "which",
			"who", "when", "how", "shall", "must", "should", "any", "such", "in", "into", "each", "was", "were", "been",
			"than", "then", "there", "their", "does", "vem", "finns");

	private Words() {
	}

	/** The sentence's weighed words, in order, repeats kept. */
	static List<String> weighed(String lower) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(lower);
		while (matcher.find()) {
			String word = matcher.group();
			if (!FUNCTION_WORDS.contains(word) && (word.length() > 1 || Character.isDigit(word.charAt(0)))) {
				words.add((word.length() > STEM_LENGTH) ? word.substring(0, STEM_LENGTH) : word);
			}
		}
		return words;
	}

	/** How many words the sentence has, function words included. */
	static int count(String text) {
		int count = 0;
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
