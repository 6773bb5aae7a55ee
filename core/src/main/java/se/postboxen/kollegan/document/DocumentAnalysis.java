package se.postboxen.kollegan.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the rules found in a document, each finding with the passage it came from. The
 * rules are deterministic and read Swedish and English ({@link PartyCues},
 * {@link DateCues}, {@link AmountCues}, {@link RequirementCues}, {@link RiskCues}); the
 * summary is extractive: the sentences that carry the document's most repeated words,
 * those that name a party or a risk weighted up, in the document's order, so every line
 * of it is really in the document.
 */
public record DocumentAnalysis(List<Passage> summary, List<Party> parties, List<DateMention> dates,
		List<Amount> amounts, List<Requirement> requirements, List<Risk> risks) {

	static final int MAX_SUMMARY_SENTENCES = 5;

	/** Shorter sentences are headings or fragments, longer ones tables. */
	private static final int MIN_SUMMARY_WORDS = 6;

	private static final int MAX_SUMMARY_WORDS = 80;

	private static final double WEIGHT_OF_A_FINDING = 1.5;

	public DocumentAnalysis {
		summary = List.copyOf(summary);
		parties = List.copyOf(parties);
		dates = List.copyOf(dates);
		amounts = List.copyOf(amounts);
		requirements = List.copyOf(requirements);
		risks = List.copyOf(risks);
	}

	/** Reads a document's text; a few passes over its sentences. */
	public static DocumentAnalysis of(String text) {
		Objects.requireNonNull(text, "text");
		List<Sentence> sentences = Sentence.split(text);
		List<Party> parties = PartyCues.in(text, sentences);
		List<Risk> risks = RiskCues.in(text, sentences);
		Set<Integer> weighted = new HashSet<>();
		parties.forEach(party -> weighted.add(party.source().start()));
		risks.forEach(risk -> weighted.add(risk.source().start()));
		return new DocumentAnalysis(summary(text, sentences, weighted), parties, DateCues.in(text, sentences),
				AmountCues.in(text, sentences), RequirementCues.in(text, sentences), risks);
	}

	public List<Requirement> requirements(Requirement.Level level) {
		return this.requirements.stream().filter(requirement -> requirement.level() == level).toList();
	}

	public List<DateMention> deadlines() {
		return this.dates.stream().filter(DateMention::deadline).toList();
	}

	private static List<Passage> summary(String text, List<Sentence> sentences, Set<Integer> weighted) {
		Map<String, Integer> frequency = new HashMap<>();
		for (Sentence sentence : sentences) {
			for (String word : new HashSet<>(Words.weighed(sentence.lower()))) {
				frequency.merge(word, 1, Integer::sum);
			}
		}
		List<Scored> scored = new ArrayList<>();
		for (Sentence sentence : sentences) {
			int words = Words.count(sentence.text());
			if (words < MIN_SUMMARY_WORDS || words > MAX_SUMMARY_WORDS) {
				continue;
			}
			double score = 0;
			for (String word : new HashSet<>(Words.weighed(sentence.lower()))) {
				// A word said once carries nothing the rest of the document repeats.
				score += frequency.get(word) - 1;
			}
			score /= Math.sqrt(words);
			if (weighted.contains(sentence.start())) {
				score *= WEIGHT_OF_A_FINDING;
			}
			scored.add(new Scored(sentence, score));
		}
		return scored.stream()
			.sorted(Comparator.comparingDouble(Scored::score).reversed())
			.limit(MAX_SUMMARY_SENTENCES)
			.map(Scored::sentence)
			.sorted(Comparator.comparingInt(Sentence::start))
			.map(sentence -> sentence.passage(text))
			.toList();
	}

	private record Scored(Sentence sentence, double score) {

	}

}
