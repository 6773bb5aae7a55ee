package se.postboxen.kollegan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requirements, as procurement documents and contracts word them: mandatory with "ska",
 * "skall", "måste", "must", "shall" or "is required to"; desirable with "bör",
 * "önskvärt", "should" or "preferably". A sentence with both is mandatory. "Should" that
 * opens a condition ("Should the Supplier fail …") requires nothing.
 */
final class RequirementCues {

	static final int MAX_REQUIREMENTS = 300;

	private static final Pattern MANDATORY = Pattern
		.compile("\\b(ska|skall|måste|must|shall|(?:is|are)\\s+required\\s+to)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern DESIRABLE = Pattern
		.compile("\\b(bör|önskvärt|önskvärd|önskvärda|should|preferably)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	/** "Should the Supplier fail to …": a condition, not a wish. */
	private static final Pattern CONDITIONAL_SHOULD = Pattern
		.compile("^should\\s+(?:the|a|an|any|either|such|it|they|he|she)\\b");

	private RequirementCues() {
	}

	static List<Requirement> in(String document, List<Sentence> sentences) {
		List<Requirement> requirements = new ArrayList<>();
		for (Sentence sentence : sentences) {
			Matcher mandatory = MANDATORY.matcher(sentence.lower());
			if (mandatory.find()) {
				requirements.add(new Requirement(Requirement.Level.MANDATORY,
						sentence.words(mandatory.start(), mandatory.end()), sentence.passage(document)));
			}
			else {
				Matcher desirable = DESIRABLE.matcher(sentence.lower());
				while (desirable.find()) {
					if (desirable.start() == 0 && CONDITIONAL_SHOULD.matcher(sentence.lower()).find()) {
						continue;
					}
					requirements.add(new Requirement(Requirement.Level.DESIRABLE,
							sentence.words(desirable.start(), desirable.end()), sentence.passage(document)));
					break;
				}
			}
			if (requirements.size() >= MAX_REQUIREMENTS) {
				break;
			}
		}
		return List.copyOf(requirements);
	}

}
