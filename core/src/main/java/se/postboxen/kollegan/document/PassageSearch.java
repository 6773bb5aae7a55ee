package se.postboxen.kollegan.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks a document's sentences against a question with Okapi BM25 over the words of
 * {@link Words} (function words left out, words cut to a common stem). Written here
 * rather than taken from a search library: it is thirty lines, a document is searched
 * once per question in memory, and core stays plain Java.
 */
final class PassageSearch {

	/** How much a repeated word still adds; BM25's usual value. */
	private static final double K1 = 1.2;

	/** How much a long sentence is held back; BM25's usual value. */
	private static final double B = 0.75;

	private PassageSearch() {
	}

	/**
	 * The best {@code limit} sentences that share a word with the question, best first.
	 */
	static List<Passage> best(String text, String question, int limit) {
		List<Sentence> sentences = Sentence.split(text);
		Set<String> asked = new HashSet<>(Words.weighed(question.toLowerCase(Locale.ROOT)));
		if (sentences.isEmpty() || asked.isEmpty()) {
			return List.of();
		}
		List<Map<String, Integer>> terms = new ArrayList<>();
		Map<String, Integer> containing = new HashMap<>();
		double totalLength = 0;
		for (Sentence sentence : sentences) {
			Map<String, Integer> counts = new HashMap<>();
			List<String> words = Words.weighed(sentence.lower());
			words.forEach(word -> counts.merge(word, 1, Integer::sum));
			counts.keySet().forEach(word -> containing.merge(word, 1, Integer::sum));
			terms.add(counts);
			totalLength += words.size();
		}
		double averageLength = Math.max(totalLength / sentences.size(), 1);
		int n = sentences.size();
		List<Scored> scored = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Map<String, Integer> counts = terms.get(i);
			int length = counts.values().stream().mapToInt(Integer::intValue).sum();
			double score = 0;
			for (String word : asked) {
				int frequency = counts.getOrDefault(word, 0);
				if (frequency > 0) {
					int df = containing.get(word);
					double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
					score += idf * frequency * (K1 + 1) / (frequency + K1 * (1 - B + B * length / averageLength));
				}
			}
			if (score > 0) {
				scored.add(new Scored(sentences.get(i), score));
			}
		}
		return scored.stream()
			.sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(s -> s.sentence().start()))
			.limit(limit)
			.map(s -> s.sentence().passage(text))
			.toList();
	}

	private record Scored(Sentence sentence, double score) {

	}

}
