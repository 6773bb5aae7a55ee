package se.postboxen.kollegan.recap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the meeting decided, Swedish and English: "vi beslutar att …", "beslut: …", "vi
 * kör på …", "vi är överens om …", "då är det så beslutat", formal passives such as
 * "ärendet bordläggs", "we agreed …", "decision: …", "let's go with …".
 * <p>
 * Not decisions: proposals ("jag föreslår att vi beslutar …"), questions ("kan vi besluta
 * så?"), conditions ("om vi bestämmer …"), and negations ("vi har inte bestämt", "vi
 * beslutar inte i dag"). A decision that only points back ("då är det så beslutat",
 * "let's go with that") takes its text from the proposal it settles.
 */
final class DecisionCues {

	private static final Pattern STRONG = Phrases.compile("^(?:beslut|decision|agreed|överenskommelse)\\s*:"
			+ "|\\bvi\\s+(?:har\\s+)?(?:beslutar|beslutat|beslutade|bestämmer|bestämt|bestämde)\\b"
			+ "|\\b(?:beslutar|bestämmer)\\s+vi\\b|\\bbeslutet\\s+(?:är|blir)\\b"
			+ "|\\b(?:då|så)\\s+(?:är\\s+det\\s+)?(?:så\\s+)?beslutat\\b|\\bdet\\s+är\\s+(?:redan\\s+)?(?:beslutat|bestämt)\\b"
			+ "|\\bproposition\\b.*\\bfinner\\s+att\\b"
			+ "|\\b(?:styrgruppen|nämnden|utskottet|arbetsutskottet|kommunstyrelsen|ledningsgruppen|styrelsen|gruppen)"
			+ "\\s+(?:beslutar|beslutade|har\\s+beslutat|bestämmer)\\b"
			+ "|\\b(?:vi\\s+)?är\\s+(?:vi\\s+)?(?:alla\\s+)?överens\\s+om\\b|\\bvi\\s+enades\\s+om\\b"
			+ "|\\bwe(?:\\s+have|'ve)?\\s+(?:agreed|decided)\\b|\\b(?:it's|it\\s+is|that's)\\s+(?:decided|agreed)\\b"
			+ "|\\bthe\\s+decision\\s+is\\b"
			+ "|\\b(?:the\\s+)?(?:board|committee|steering\\s+group)\\s+(?:approves|approved|decided|agreed)\\b");

	/** "Vi kör på engelska" chooses the meeting's language, not a matter. */
	private static final Pattern SETTLED = Phrases.compile("\\b(?:vi\\s+kör|kör\\s+vi)\\s+på\\b"
			+ "(?!\\s+(?:engelska|svenska|english|swedish)\\b)"
			+ "|\\bvi\\s+landar\\s+i\\b|\\b(?:då\\s+)?gör\\s+vi\\s+så\\b|\\bdå\\s+säger\\s+vi\\s+så\\b|\\bvi\\s+väljer\\b"
			+ "|\\blet's\\s+go\\s+with\\b|\\bwe(?:'ll|\\s+will)\\s+go\\s+with\\b|\\bwe(?:'re|\\s+are)\\s+going\\s+with\\b"
			+ "|\\bwe\\s+go\\s+with\\b");

	/** Formal Swedish minutes decide in the passive: "förslaget godkänns". */
	private static final Pattern PASSIVE = Phrases.compile("\\b(?:ska\\s+|måste\\s+)?(?:godkänns|antas|fastställs|"
			+ "bifalls|avslås|bordläggs|återremitteras|beviljas|förkastas|avbryts|tilldelas|läggs\\s+till\\s+"
			+ "handlingarna)\\b");

	private static final Pattern MAYBE_PASSIVE = Phrases.compile("\\b(?:kan|kunde|skulle|om|if)\\s+(?:\\p{L}+\\s+)?$");

	private static final Pattern PROPOSAL = Phrases
		.compile("\\b(?:föreslår|förslag(?:et)?\\s+är|suggest|propose|proposal\\s+is|could\\s+we|shall\\s+we|"
				+ "should\\s+we|ska\\s+vi|borde\\s+vi)\\b");

	private static final Pattern CONDITION = Phrases
		.compile("^(?:om|ifall|if|unless)\\b|\\b(?:om|if)\\s+(?:vi|we)\\s+");

	private static final Pattern NEGATED_AFTER = Phrases.compile("^\\s+(?:inte|ej)\\b");

	/** Every cue above has one of these words: the others are not read further. */
	private static final Set<String> CUE_WORDS = Set.of("beslut", "beslutar", "beslutat", "beslutade", "beslutet",
			"bestämmer", "bestämt", "bestämde", "överens", "överenskommelse", "enades", "proposition", "kör", "landar",
			"gör", "säger", "väljer", "godkänns", "antas", "fastställs", "bifalls", "avslås", "bordläggs",
			"återremitteras", "beviljas", "förkastas", "avbryts", "tilldelas", "läggs", "decision", "agreed", "decided",
			"approves", "approved", "go", "going");

	/** Words that point back at what was proposed instead of saying it. */
	private static final Set<String> POINTERS = Set.of("då", "så", "det", "den", "är", "vi", "kör", "på", "gör",
			"beslutat", "beslut", "beslutar", "bestämt", "bestämmer", "alltså", "ja", "bra", "okej", "that", "this",
			"it", "then", "so", "we", "go", "with", "let's", "agreed", "decided", "ok", "okay", "fine", "good");

	/** How far back a pointer may look for the proposal it settles. */
	private static final int LOOK_BACK = 6;

	/** Content shared with an earlier decision above which it is a repetition. */
	private static final double REPETITION = 0.6;

	private DecisionCues() {
	}

	/** Decisions in the order they were taken, repetitions left out. */
	static List<Decided> in(Conversation conversation) {
		List<Decided> decided = new ArrayList<>();
		List<Set<String>> seen = new ArrayList<>();
		for (Sentence sentence : conversation.sentences()) {
			double confidence = confidence(sentence);
			if (confidence == 0) {
				continue;
			}
			Sentence source = pointsBack(sentence) ? proposalBefore(conversation, sentence) : sentence;
			String text = Phrases.clean(source.text(), Decision.MAX_TEXT_LENGTH);
			Set<String> content = source.content();
			if (seen.stream().anyMatch(earlier -> overlap(earlier, content) >= REPETITION)) {
				continue;
			}
			seen.add(content);
			// Less sure when the words decided on were said in another sentence.
			decided.add(new Decided(sentence, text,
					(source != sentence) ? Math.round((confidence - 0.15) * 100) / 100.0 : confidence));
		}
		return decided;
	}

	/** 0 when {@code sentence} decides nothing. */
	private static double confidence(Sentence sentence) {
		String lower = sentence.lower();
		if (sentence.isQuestion() || !sentence.saysAny(CUE_WORDS) || CONDITION.matcher(lower).find()) {
			return 0;
		}
		Matcher strong = STRONG.matcher(lower);
		if (strong.find()) {
			return proposed(lower, strong.start()) || negated(lower, strong) ? 0 : 0.9;
		}
		Matcher settled = SETTLED.matcher(lower);
		if (settled.find()) {
			return proposed(lower, settled.start()) || negated(lower, settled) ? 0 : 0.75;
		}
		Matcher passive = PASSIVE.matcher(lower);
		while (passive.find()) {
			String before = lower.substring(Math.max(0, passive.start() - 20), passive.start());
			if (!proposed(lower, passive.start()) && !MAYBE_PASSIVE.matcher(before).find()) {
				return 0.7;
			}
		}
		return 0;
	}

	private static boolean proposed(String lower, int cue) {
		return PROPOSAL.matcher(lower.substring(0, cue)).find();
	}

	private static boolean negated(String lower, Matcher cue) {
		return NEGATED_AFTER.matcher(lower.substring(cue.end())).find()
				|| Phrases.NEGATION.matcher(lower.substring(cue.start(), cue.end())).find();
	}

	private static boolean pointsBack(Sentence sentence) {
		return sentence.words().stream().allMatch(POINTERS::contains);
	}

	/** The proposal or question a bare "då är det så beslutat" settles, else itself. */
	private static Sentence proposalBefore(Conversation conversation, Sentence sentence) {
		for (int back = 1; back <= LOOK_BACK && sentence.position() - back >= 0; back++) {
			Sentence earlier = conversation.get(sentence.position() - back);
			if (earlier.words().size() >= 5 && (PROPOSAL.matcher(earlier.lower()).find() || earlier.isQuestion())) {
				return earlier;
			}
		}
		return sentence;
	}

	/** Shared content words as a share of the shorter sentence's. */
	static double overlap(Set<String> one, Set<String> other) {
		if (one.isEmpty() || other.isEmpty()) {
			return 0;
		}
		int shared = 0;
		for (String word : other) {
			if (one.contains(word)) {
				shared++;
			}
		}
		return (double) shared / Math.min(one.size(), other.size());
	}

	/**
	 * @param sentence where it was decided
	 * @param text what was decided, from the sentence or the proposal it settled
	 */
	record Decided(Sentence sentence, String text, double confidence) {

	}

}
