package se.postboxen.kollegan.recap;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns of phrase, Swedish and English, that more than one of the offline extractor's
 * rules listens for: how a reply agrees, refuses or admits not knowing, and what hedges
 * or negates a statement. All patterns work on a sentence's {@link Sentence#lower() lower
 * case} text and are compiled once.
 */
final class Phrases {

	/** The commonest Swedish function words: they tell the language, never the topic. */
	static final Set<String> SWEDISH_WORDS = Set.of("och", "att", "det", "som", "en", "på", "är", "av", "för", "med",
			"till", "den", "har", "de", "inte", "om", "ett", "men", "vi", "jag", "du", "kan", "ska", "så", "vad", "här",
			"från", "då", "eller", "också", "bara", "nu", "när", "var", "hur", "alla", "vara", "blir", "efter", "sedan",
			"mycket", "någon", "några", "dem", "oss", "mig", "dig", "sig", "min", "din", "vår", "ni", "er", "han",
			"hon", "man", "denna", "detta", "dessa", "där", "skulle", "kommer", "tar", "göra", "gör", "bra", "ja",
			"nej", "okej", "tack", "precis", "över", "under", "mot", "utan", "får", "fått", "vill", "behöver", "måste",
			"ju", "väl", "nog", "lite", "alltså", "liksom");

	/**
	 * The commonest English function words, leaving out those Swedish has too ("i", "in",
	 * "be"), which would make every Swedish meeting look a little English.
	 */
	static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "to", "of", "a", "is", "it", "that", "for", "on",
			"we", "you", "this", "with", "are", "as", "have", "will", "can", "not", "so", "but", "or", "our", "what",
			"all", "if", "at", "by", "from", "they", "do", "just", "about", "would", "there", "let", "me", "my", "your",
			"us", "he", "she", "them", "their", "was", "were", "been", "an", "then", "than", "also", "should", "could",
			"yes", "no", "okay", "thanks", "good", "right", "get", "need", "think", "going", "want", "next", "one",
			"out", "up", "now", "how", "when", "which");

	/** Negation close after a cue: "jag tar inte", "I will not". */
	static final Pattern NEGATION = compile("\\b(?:inte|ej|aldrig|icke|not|never)\\b|n't\\b");

	/** Said before a cue, it makes a promise a maybe: "jag kanske", "maybe I'll". */
	static final Pattern HEDGE = compile(
			"\\b(?:kanske|möjligen|möjligtvis|eventuellt|maybe|perhaps|might|possibly)\\b");

	/** The opening of a reply that agrees to what was asked or offered. */
	static final Pattern ACCEPTANCE = compile("^(?:ja|japp|jajamen|absolut|visst|självklart|gärna|okej|ok|bra|toppen|"
			+ "perfekt|utmärkt|gör det|det gör jag|det fixar jag|det ordnar jag|det tar jag|det går bra|yes|yeah|yep|"
			+ "sure|of course|absolutely|certainly|definitely|will do|fine|great|good|perfect|excellent|please do|"
			+ "go ahead|do it|sounds good|no problem|inga problem)\\b");

	/** A reply that turns down what was asked or offered. */
	static final Pattern REFUSAL = compile("^(?:nej|nä|tyvärr|no|nope|unfortunately|i'm afraid)\\b"
			+ "|\\b(?:hinner (?:jag )?inte|kan (?:jag )?inte|can't|cannot|won't be able|don't have time)\\b");

	/** Someone admits the meeting does not know the answer. */
	static final Pattern UNKNOWING = compile("\\b(?:vet inte|vet jag inte|vet vi inte|ingen aning|inte säker|osäker|"
			+ "oklart|inte bestämt|inte beslutat|bra fråga|god fråga|don't know|do not know|not sure|no idea|"
			+ "unclear|good question|not decided|haven't decided)\\b");

	/** Interjections that open a sentence and say nothing about the matter. */
	private static final Pattern LEADING_FILLER = compile(
			"^(?:(?:ja|nej|okej|ok|okay|bra|toppen|perfekt|tack|absolut|visst|precis|hmm|yes|yeah|sure|great|good|"
					+ "right|alright|fine|well|perfect|thanks|so)\\s*[,.!]\\s*)+",
			Pattern.CASE_INSENSITIVE);

	/** The label a minute-taker's line opens with: "Beslut:", "Action item:". */
	private static final Pattern LEADING_LABEL = compile(
			"^(?:beslut|decision|agreed|åtgärd|action(?:\\s+item)?|att\\s+göra|to\\s*-?\\s*do|uppgift|task)\\s*:\\s*",
			Pattern.CASE_INSENSITIVE);

	/** An ellipsis marks where a long sentence was cut. */
	private static final String CUT = "…";

	private Phrases() {
	}

	/** A word that may carry what a sentence is about. */
	static boolean isContent(String word) {
		return word.length() >= 3 && !SWEDISH_WORDS.contains(word) && !ENGLISH_WORDS.contains(word);
	}

	/** Word boundaries and classes that know å, ä and ö. */
	static Pattern compile(String regex) {
		return compile(regex, 0);
	}

	static Pattern compile(String regex, int flags) {
		return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS | flags);
	}

	/**
	 * The form every rule reads: lower case, typographic apostrophes made plain (Teams
	 * writes "I’ll").
	 */
	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
	}

	/**
	 * A sentence as a decision's or action's text: without the "Ja, " or "Beslut: " it
	 * opened with, starting with a capital, at most {@code maxLength} long.
	 */
	static String clean(String sentence, int maxLength) {
		String text = LEADING_LABEL.matcher(LEADING_FILLER.matcher(sentence.strip()).replaceFirst("")).replaceFirst("");
		if (text.isEmpty()) {
			text = sentence.strip();
		}
		return shorten(text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1), maxLength);
	}

	/**
	 * At most {@code maxLength} characters: a transcript without punctuation makes a
	 * whole turn one sentence.
	 */
	static String shorten(String text, int maxLength) {
		return (text.length() <= maxLength) ? text : text.substring(0, maxLength - CUT.length()).strip() + CUT;
	}

}
