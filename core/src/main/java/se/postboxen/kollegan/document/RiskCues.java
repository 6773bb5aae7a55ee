package se.postboxen.kollegan.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Clauses a reviewer should read twice, Swedish and English: unlimited liability,
 * automatic renewal, penalties and liquidated damages, and personal data processed
 * without a data processing agreement. Each is flagged at every sentence that says it (at
 * most {@value #MAX_PER_KIND} of a kind); the missing agreement once, where personal data
 * is first mentioned.
 */
final class RiskCues {

	static final int MAX_PER_KIND = 20;

	private static final int MIN_WORDS_OF_A_CLAUSE = 4;

	/** Also read by {@link LegalCues}: the opposite of a liability cap. */
	static final Pattern UNLIMITED_LIABILITY = compile(
			"obegränsat\\s+(?:skadestånds)?ansvar|obegränsad\\s+(?:skadestånds)?ansvarighet|"
					+ "ansvar\\p{L}*\\s+(?:\\p{L}+\\s+){0,4}?(?:är|ska\\s+vara|skall\\s+vara|blir)\\s+obegränsat|"
					+ "utan\\s+(?:någon\\s+)?(?:beloppsmässig\\s+)?begränsning\\s+(?:av|i)\\s+\\p{L}*ansvar|"
					+ "ansvarsbegränsning\\p{L}*\\s+(?:ska\\s+|skall\\s+)?(?:inte|ej)\\s+(?:gäller|gälla|tillämpas)|"
					+ "unlimited\\s+liability|uncapped\\s+liability|"
					+ "liability\\s+(?:shall\\s+be|is|will\\s+be)\\s+(?:unlimited|uncapped)|"
					+ "liability\\s+(?:shall|will)\\s+not\\s+be\\s+(?:limited|capped)|"
					+ "without\\s+(?:any\\s+)?(?:limitation|limit)\\s+(?:of|on|to)\\s+(?:its\\s+|their\\s+|the\\s+)?liability");

	private static final Map<Risk.Kind, Pattern> CLAUSES = new EnumMap<>(Map.of(Risk.Kind.UNLIMITED_LIABILITY,
			UNLIMITED_LIABILITY, Risk.Kind.AUTOMATIC_RENEWAL,
			compile("förläng\\p{L}*\\s+(?:därefter\\s+|sedan\\s+)?automatiskt|automatiskt\\s+förläng\\p{L}*|"
					+ "automatisk\\s+förlängning|förlängs\\s+.{0,80}?\\bom\\s+(?:det|avtalet|inte)\\b.{0,60}?sägs\\s+upp|"
					+ "renews?\\s+automatically|automatically\\s+(?:renew|renews|renewed|extend|extends|extended)|"
					+ "automatic(?:ally)?\\s+renewal|auto-?renew\\p{L}*|"
					+ "(?:renew|renewed|extend|extended)\\s+.{0,80}?\\bunless\\b.{0,80}?\\bnotice"),
			Risk.Kind.PENALTIES,
			compile("\\b(?:försenings|dröjsmåls|prestations|kvalitets)?vite(?:t|n|na|s\\p{L}*)?\\b|"
					+ "liquidated\\s+damages|\\bpenalt(?:y|ies)\\b|\\bservice\\s+credits?\\b")));

	/** Also read by {@link LegalCues}: transfers matter only where personal data does. */
	static final Pattern PERSONAL_DATA = compile(
			"personuppgift\\p{L}*|\\bpersonal\\s+data\\b|\\bpersonal\\s+information\\b");

	/**
	 * Also read by {@link LegalCues}: a document that calls itself one is checked as one.
	 */
	static final Pattern PROCESSING_AGREEMENT = compile("personuppgiftsbiträdesavtal\\p{L}*|biträdesavtal\\p{L}*|"
			+ "databehandlingsavtal\\p{L}*|data\\s+processing\\s+(?:agreement|addendum)|\\bdpa\\b|"
			+ "artikel\\s+28|article\\s+28");

	private RiskCues() {
	}

	static List<Risk> in(String document, List<Sentence> sentences) {
		List<Risk> risks = new ArrayList<>();
		Map<Risk.Kind, Integer> counts = new EnumMap<>(Risk.Kind.class);
		Sentence personalData = null;
		boolean agreement = false;
		for (Sentence sentence : sentences) {
			CLAUSES.forEach((kind, clause) -> {
				if (counts.getOrDefault(kind, 0) < MAX_PER_KIND && clause.matcher(sentence.lower()).find()) {
					risks.add(new Risk(kind, sentence.passage(document)));
					counts.merge(kind, 1, Integer::sum);
				}
			});
			// A heading ("6. Personuppgifter") says less than the sentence after it.
			if ((personalData == null || Words.count(personalData.text()) < MIN_WORDS_OF_A_CLAUSE)
					&& PERSONAL_DATA.matcher(sentence.lower()).find()) {
				personalData = (personalData == null || Words.count(sentence.text()) >= MIN_WORDS_OF_A_CLAUSE)
						? sentence : personalData;
			}
			agreement = agreement || PROCESSING_AGREEMENT.matcher(sentence.lower()).find();
		}
		if (personalData != null && !agreement) {
			risks.add(new Risk(Risk.Kind.PERSONAL_DATA_WITHOUT_AGREEMENT, personalData.passage(document)));
		}
		return List.copyOf(risks);
	}

	private static Pattern compile(String regex) {
		return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
	}

}
