package se.postboxen.kollegan.recap;

import java.time.ZonedDateTime;
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
import java.util.stream.IntStream;

import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.transcript.Transcript;

/**
 * The language model a customer without a model contract gets: deterministic rules for
 * Swedish and English, documented with their measured precision and recall in
 * {@code docs/quality.md}.
 * <ul>
 * <li>decisions ({@link DecisionCues}), actions with owner and due date
 * ({@link CommitmentCues}, {@link Commitments}, {@link DueDates}) and open questions
 * ({@link OpenQuestions}), each traced to the sentence it came from;</li>
 * <li>due dates are read in the meeting's own time zone, which is the tenant's unless the
 * invitation named another;</li>
 * <li>the summary is extractive — the sentences that carry the meeting's most repeated
 * content words, decisions weighted up, in the order they were said — so every line of it
 * was really said, by someone named.</li>
 * </ul>
 * Every pattern is compiled once; a meeting is read in a few passes over its sentences.
 */
public final class OfflineExtractor implements LanguageModel {

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final int MAX_SUMMARY_SENTENCES = 6;

	private static final int MAX_TOPICS = 5;

	private static final double MIXED_SHARE = 0.08;

	@Override
	public RecapDraft draft(Meeting meeting, Transcript transcript) {
		Roster roster = Roster.of(meeting, transcript);
		Conversation conversation = Conversation.of(transcript, roster);
		List<Sentence> sentences = conversation.sentences();
		String language = language(sentences);
		List<DecisionCues.Decided> decided = DecisionCues.in(conversation);
		Set<Integer> decisions = new HashSet<>();
		decided.forEach(decision -> decisions.add(decision.sentence().position()));
		ZonedDateTime start = meeting.startsAt().atZone(meeting.timeZone());
		List<ActionDraft> actions = new Commitments(conversation, roster, start, decisions).find();
		Set<String> names = names(meeting, transcript);
		Map<String, Integer> frequency = new HashMap<>();
		for (Sentence sentence : sentences) {
			for (String word : sentence.content()) {
				if (!names.contains(word)) {
					frequency.merge(word, 1, Integer::sum);
				}
			}
		}
		return new RecapDraft(language, summary(sentences, frequency, names, decisions, language), topics(frequency),
				decided.stream()
					.map(decision -> new DecisionDraft(decision.text(), decision.sentence().speaker(),
							decision.sentence().span(), new Confidence(decision.confidence())))
					.toList(),
				actions, OpenQuestions.in(conversation).stream().map(Sentence::text).toList());
	}

	/**
	 * {@code sv}, {@code en}, or {@code mixed} when the other language has at least
	 * {@value #MIXED_SHARE} of the function words: in the labelled meetings, those held
	 * in one language measured at most 0.01 of the other, those that switched between
	 * them 0.11 to 0.40.
	 */
	static String language(List<Sentence> sentences) {
		int swedish = 0;
		int english = 0;
		for (Sentence sentence : sentences) {
			for (String word : sentence.words()) {
				if (Phrases.SWEDISH_WORDS.contains(word)) {
					swedish++;
				}
				if (Phrases.ENGLISH_WORDS.contains(word)) {
					english++;
				}
			}
		}
		int total = swedish + english;
		if (total == 0) {
			return "sv";
		}
		if (swedish >= total * MIXED_SHARE && english >= total * MIXED_SHARE) {
			return "mixed";
		}
		return (swedish >= english) ? "sv" : "en";
	}

	private static String summary(List<Sentence> sentences, Map<String, Integer> frequency, Set<String> names,
			Set<Integer> decisions, String language) {
		if (sentences.isEmpty()) {
			return "en".equals(language) ? "Nothing was said that could be summarised."
					: "Inget sades som kunde sammanfattas.";
		}
		int wanted = Math.min(MAX_SUMMARY_SENTENCES, Math.max(2, sentences.size() / 6));
		double[] scores = new double[sentences.size()];
		for (Sentence sentence : sentences) {
			scores[sentence.position()] = score(sentence, frequency, names, decisions.contains(sentence.position()));
		}
		StringBuilder summary = new StringBuilder();
		IntStream.range(0, sentences.size())
			.filter(position -> sentences.get(position).words().size() >= 4)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer position) -> -scores[position])
				.thenComparingInt(position -> position))
			.limit(wanted)
			.sorted()
			.map(sentences::get)
			.forEach(sentence -> summary.append("– ")
				.append(sentence.text())
				.append(" (")
				.append(sentence.speakerLabel())
				.append(")\n"));
		return summary.toString().strip();
	}

	private static double score(Sentence sentence, Map<String, Integer> frequency, Set<String> names,
			boolean decision) {
		double score = 0;
		for (String word : sentence.content()) {
			if (!names.contains(word)) {
				score += frequency.getOrDefault(word, 0) - 1;
			}
		}
		// Long sentences collect words by length alone; damp that.
		score = score / Math.sqrt(Math.max(1, sentence.words().size()));
		return decision ? score * 1.5 + 1 : score;
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

}
