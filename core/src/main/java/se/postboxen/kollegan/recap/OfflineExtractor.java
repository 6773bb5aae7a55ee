package se.postboxen.kollegan.recap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * The language model a customer without a model contract gets: deterministic rules for
 * Swedish and English. The summary is extractive — the sentences that carry the meeting's
 * most repeated content words, decisions weighted up, in the order they were said — so
 * every line of it was really said, by someone named.
 */
public final class OfflineExtractor implements LanguageModel {

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Set<String> SWEDISH = Set.of("och", "att", "det", "som", "en", "på", "är", "av", "för", "med",
			"till", "den", "har", "de", "inte", "om", "ett", "men", "vi", "jag", "du", "kan", "ska", "så", "vad", "här",
			"från", "då", "eller", "också", "bara", "nu", "när", "var", "hur", "alla", "vara", "blir", "efter", "sedan",
			"mycket", "någon", "några", "dem", "oss", "mig", "dig", "sig", "min", "din", "vår", "ni", "er", "han",
			"hon", "man", "denna", "detta", "dessa", "där", "skulle", "kommer", "tar", "göra", "gör", "bra", "ja",
			"nej", "okej", "tack", "precis", "över", "under", "mot", "utan", "får", "fått", "vill", "behöver", "måste",
			"ju", "väl", "nog", "lite", "alltså", "liksom");

	private static final Set<String> ENGLISH = Set.of("the", "and", "to", "of", "a", "in", "is", "it", "that", "for",
			"on", "we", "you", "i", "this", "be", "with", "are", "as", "have", "will", "can", "not", "so", "but", "or",
			"our", "what", "all", "if", "at", "by", "from", "they", "do", "just", "about", "would", "there", "let",
			"me", "my", "your", "us", "he", "she", "them", "their", "was", "were", "been", "an", "then", "than", "also",
			"should", "could", "yes", "no", "okay", "thanks", "good", "right", "get", "need", "think", "going", "want",
			"next", "one", "out", "up", "now", "how", "when", "which");

	private static final List<String> DECISION_CUES = List.of("vi beslutar", "beslut:", "vi kör på", "vi bestämmer",
			"vi är överens", "we agreed", "we decided", "decision:", "we'll go with", "agreed:");

	private static final int MAX_SUMMARY_SENTENCES = 6;

	private static final int MAX_TOPICS = 5;

	@Override
	public RecapDraft draft(Meeting meeting, Transcript transcript) {
		List<Sentence> sentences = sentences(transcript);
		String language = language(sentences);
		Set<String> names = names(meeting, transcript);
		Map<String, Integer> frequency = new HashMap<>();
		for (Sentence sentence : sentences) {
			for (String word : sentence.contentWords(names)) {
				frequency.merge(word, 1, Integer::sum);
			}
		}
		return new RecapDraft(language, summary(sentences, frequency, names, language), topics(frequency));
	}

	private static List<Sentence> sentences(Transcript transcript) {
		List<Sentence> sentences = new ArrayList<>();
		for (Utterance utterance : transcript.utterances()) {
			for (String text : SENTENCE_END.split(utterance.text().strip())) {
				if (!text.isBlank()) {
					sentences.add(new Sentence(sentences.size(), utterance.speaker(), text.strip()));
				}
			}
		}
		return sentences;
	}

	/** {@code sv}, {@code en}, or {@code mixed} when both carry a good share. */
	static String language(List<Sentence> sentences) {
		int swedish = 0;
		int english = 0;
		for (Sentence sentence : sentences) {
			for (String word : sentence.words()) {
				if (SWEDISH.contains(word)) {
					swedish++;
				}
				if (ENGLISH.contains(word)) {
					english++;
				}
			}
		}
		int total = swedish + english;
		if (total == 0) {
			return "sv";
		}
		if (swedish >= total * 0.3 && english >= total * 0.3) {
			return "mixed";
		}
		return (swedish >= english) ? "sv" : "en";
	}

	private static String summary(List<Sentence> sentences, Map<String, Integer> frequency, Set<String> names,
			String language) {
		if (sentences.isEmpty()) {
			return "en".equals(language) ? "Nothing was said that could be summarised."
					: "Inget sades som kunde sammanfattas.";
		}
		int wanted = Math.min(MAX_SUMMARY_SENTENCES, Math.max(2, sentences.size() / 6));
		List<Sentence> chosen = sentences.stream()
			.filter(sentence -> sentence.words().size() >= 4)
			.sorted(Comparator.comparingDouble((Sentence sentence) -> -sentence.score(frequency, names))
				.thenComparingInt(Sentence::position))
			.limit(wanted)
			.sorted(Comparator.comparingInt(Sentence::position))
			.toList();
		StringBuilder summary = new StringBuilder();
		for (Sentence sentence : chosen) {
			summary.append("– ").append(sentence.text()).append(" (").append(sentence.speaker()).append(")\n");
		}
		return summary.toString().strip();
	}

	private static List<String> topics(Map<String, Integer> frequency) {
		return frequency.entrySet()
			.stream()
			.filter(entry -> entry.getValue() >= 2 && entry.getKey().length() >= 5)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(MAX_TOPICS)
			.map(Map.Entry::getKey)
			.toList();
	}

	/** First names, surnames and full names of everyone present: never topics. */
	private static Set<String> names(Meeting meeting, Transcript transcript) {
		Set<String> names = new HashSet<>();
		List<String> all = new ArrayList<>(transcript.speakers());
		meeting.participants().stream().map(Person::name).filter(name -> name != null).forEach(all::add);
		if (meeting.organizer() != null && meeting.organizer().name() != null) {
			all.add(meeting.organizer().name());
		}
		for (String name : all) {
			Matcher words = WORD.matcher(name.toLowerCase(Locale.ROOT));
			while (words.find()) {
				names.add(words.group());
			}
		}
		return names;
	}

	record Sentence(int position, String speaker, String text) {

		List<String> words() {
			List<String> words = new ArrayList<>();
			Matcher matcher = WORD.matcher(this.text.toLowerCase(Locale.ROOT));
			while (matcher.find()) {
				words.add(matcher.group());
			}
			return words;
		}

		Set<String> contentWords(Set<String> names) {
			Set<String> content = new HashSet<>();
			for (String word : words()) {
				if (word.length() >= 3 && !SWEDISH.contains(word) && !ENGLISH.contains(word) && !names.contains(word)) {
					content.add(word);
				}
			}
			return content;
		}

		double score(Map<String, Integer> frequency, Set<String> names) {
			double score = 0;
			for (String word : contentWords(names)) {
				score += frequency.getOrDefault(word, 0) - 1;
			}
			// Long sentences collect words by length alone; damp that.
			score = score / Math.sqrt(words().size());
			String lower = this.text.toLowerCase(Locale.ROOT);
			if (DECISION_CUES.stream().anyMatch(lower::contains)) {
				score = score * 1.5 + 1;
			}
			return score;
		}

	}

}
