package se.postboxen.kollegan.transcript;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker named in front of what they said, {@code Name: text}, as Zoom's transcript
 * cues and plain-text transcripts write it.
 * <p>
 * Speech itself has colons too ("Kl. 10:30 börjar vi", "Notera: viktigt", "Beslut: vi kör
 * på alternativ B"), and taking such text for a name would attribute speech to nobody
 * real, out of reach of a participant's request to have their words removed. So the part
 * before the first colon only counts as a name when it looks like one:
 * <ul>
 * <li>the colon is followed by a space or ends the line ({@code 10:30} and URLs are not
 * prefixes);</li>
 * <li>it is at most 60 characters and 6 words;</li>
 * <li>it starts with an upper-case letter, so a time or a number is never a name;</li>
 * <li>every word starts with an upper-case letter or a digit ("Talare 2"), after any
 * bracket ("Erik Berg (Kommun A)"), except name particles such as "af" or "von" — a
 * clause such as "Det viktiga är detta" has lower-case words;</li>
 * <li>it has no sentence punctuation ({@code , ; ! ?}), and a full stop only after an
 * initial ("J. Taylor", not "Kl.");</li>
 * <li>its first word is not a label that heads a note in minutes ("Beslut", "Notera",
 * "Action", "Fråga", "Klockan" …).</li>
 * </ul>
 * A name written in lower case is therefore missed and its text kept whole under
 * {@link Utterance#UNKNOWN_SPEAKER}: losing an attribution is the safer mistake.
 */
record SpeakerPrefix(String speaker, String text) {

	private static final int MAX_NAME_LENGTH = 60;

	private static final int MAX_NAME_WORDS = 6;

	private static final Pattern PREFIXED = Pattern.compile("([^:]{1," + MAX_NAME_LENGTH + "}):(?:\\s+(.*))?",
			Pattern.DOTALL);

	private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[,;!?…]");

	private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");

	private static final Pattern BRACKETS = Pattern.compile("^[(\\[\"']+|[)\\]\"']+$");

	private static final Set<String> PARTICLES = Set.of("af", "von", "van", "der", "den", "de", "la", "da", "di", "du",
			"bin", "ibn", "al");

	private static final Set<String> LABELS = Set.of("beslut", "notera", "obs", "åtgärd", "åtgärder", "fråga", "frågor",
			"svar", "agenda", "dagordning", "punkt", "ärende", "datum", "tid", "plats", "kl", "klockan", "ämne",
			"sammanfattning", "kommentar", "info", "exempel", "varning", "viktigt", "ansvarig", "länk", "protokoll",
			"deltagare", "närvarande", "decision", "decisions", "action", "actions", "note", "notes", "question",
			"questions", "answer", "item", "topic", "subject", "date", "time", "location", "summary", "comment",
			"example", "warning", "important", "owner", "due", "deadline", "todo", "link", "minutes", "attendees",
			"participants", "re", "fyi", "ps", "nb");

	/** The speaker and the rest of a tidied line, when the line starts with a name. */
	static Optional<SpeakerPrefix> of(String line) {
		Matcher matcher = PREFIXED.matcher(line);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String name = matcher.group(1).strip();
		if (!isName(name)) {
			return Optional.empty();
		}
		String text = (matcher.group(2) != null) ? matcher.group(2).strip() : "";
		return Optional.of(new SpeakerPrefix(name, text));
	}

	private static boolean isName(String name) {
		if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))
				|| SENTENCE_PUNCTUATION.matcher(name).find()) {
			return false;
		}
		String[] words = name.split(" ");
		if (words.length > MAX_NAME_WORDS) {
			return false;
		}
		String firstWord = words[0].replace(".", "").toLowerCase(Locale.ROOT);
		if (LABELS.contains(firstWord)) {
			return false;
		}
		for (String word : words) {
			String bare = BRACKETS.matcher(word).replaceAll("");
			if (bare.isEmpty() || (bare.contains(".") && !INITIALS.matcher(bare).matches())) {
				return false;
			}
			int first = bare.codePointAt(0);
			if (!Character.isUpperCase(first) && !Character.isDigit(first) && !PARTICLES.contains(bare)) {
				return false;
			}
		}
		return true;
	}

}
