package se.postboxen.kollegan.recap;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.Person;

/**
 * How one sentence commits someone to a task, if it does: "jag tar fram underlaget",
 * "Erik fixar det", "kan du … till fredag?", "I'll send it", "Action: Tom to …". Who the
 * task falls to and by when is settled from the conversation around it by
 * {@link Commitments}; this class only reads the sentence.
 * <p>
 * Not commitments: questions (except a request to someone or an offer, which their answer
 * settles), negations ("jag tar inte", "I won't"), hedges ("jag kanske", "maybe I'll"),
 * conditions ("om …", "if …", "innan jag kan svara"), and what is done in the meeting
 * itself ("jag delar skärmen", "I'll hand over to …").
 */
final class CommitmentCues {

	/**
	 * Task verbs — infinitive, present, imperative — with the particles that make them a
	 * task ("stämma av", not "stämma", which is also "to be right").
	 */
	private static final List<String> SWEDISH_VERBS = List.of("ta:tar:ta", "fixa:fixar:fixa", "ordna:ordnar:ordna",
			"skicka:skickar:skicka", "kolla:kollar:kolla", "boka:bokar:boka", "ringa:ringer:ring", "mejla:mejlar:mejla",
			"maila:mailar:maila", "återkomma:återkommer:återkom", "återkoppla:återkopplar:återkoppla",
			"skriva:skriver:skriv", "sammanställa:sammanställer:sammanställ", "förbereda:förbereder:förbered",
			"kontakta:kontaktar:kontakta", "undersöka:undersöker:undersök", "bjuda in:bjuder in:bjud in",
			"kalla:kallar:kalla", "stämma av:stämmer av:stäm av", "uppdatera:uppdaterar:uppdatera",
			"lägga upp:lägger upp:lägg upp", "lägga in:lägger in:lägg in", "höra av mig:hör av mig:hör av dig",
			"höra med:hör med:hör med", "titta på:tittar på:titta på", "säkerställa:säkerställer:säkerställ",
			"se till:ser till:se till", "prata:pratar:prata", "leverera:levererar:leverera", "begära:begär:begär",
			"beställa:beställer:beställ", "göra:gör:gör", "gå igenom:går igenom:gå igenom",
			"revidera:reviderar:revidera", "justera:justerar:justera", "komplettera:kompletterar:komplettera",
			"informera:informerar:informera", "meddela:meddelar:meddela", "presentera:presenterar:presentera",
			"granska:granskar:granska", "bevaka:bevakar:bevaka", "följa upp:följer upp:följ upp",
			"planera:planerar:planera", "rekrytera:rekryterar:rekrytera", "publicera:publicerar:publicera",
			"hämta:hämtar:hämta", "sköta:sköter:sköt", "ansvara:ansvarar:ansvara", "driva:driver:driv",
			"formulera:formulerar:formulera", "sätta ihop:sätter ihop:sätt ihop", "sätta upp:sätter upp:sätt upp",
			"teckna:tecknar:teckna", "skapa:skapar:skapa", "testa:testar:testa", "räkna:räknar:räkna", "läsa:läser:läs",
			"utreda:utreder:utred", "fråga:frågar:fråga", "påminna:påminner:påminn", "samordna:samordnar:samordna",
			"dokumentera:dokumenterar:dokumentera", "svara:svarar:svara", "ladda upp:laddar upp:ladda upp",
			"anmäla:anmäler:anmäl", "ansöka:ansöker:ansök", "betala:betalar:betala",
			"sammankalla:sammankallar:sammankalla", "avboka:avbokar:avboka", "förhandla:förhandlar:förhandla",
			"bekräfta:bekräftar:bekräfta", "kontrollera:kontrollerar:kontrollera", "lösa:löser:lös",
			"kartlägga:kartlägger:kartlägg", "analysera:analyserar:analysera", "mejla ut:mejlar ut:mejla ut",
			"skicka ut:skickar ut:skicka ut", "köra:kör:kör", "hjälpa till:hjälper till:hjälp till",
			"lämna in:lämnar in:lämna in", "expediera:expedierar:expediera");

	private static final String PRESENT = alternatives(1);

	private static final String INFINITIVE = alternatives(0);

	private static final String IMPERATIVE = alternatives(2);

	/**
	 * English task verbs: what an offer ("I can …") or a team ("we will …") commits to.
	 */
	private static final String ENGLISH_TASKS = "(?:do|take|send|share|circulate|write|draft|prepare|update|review|"
			+ "check|book|set\\s+up|organi[sz]e|schedule|call|email|e-mail|mail|contact|follow\\s+up|look\\s+into|"
			+ "find\\s+out|get\\s+back|come\\s+back|deliver|provide|submit|compile|put\\s+together|create|fix|"
			+ "handle|talk\\s+to|speak\\s+to|ask|invite|arrange|confirm|sort\\s+out|forward|publish|upload|"
			+ "finali[sz]e|complete|test|investigate|raise|present|report\\s+back|coordinate|document|recruit|order|"
			+ "reserve|sign|read|go\\s+through|propose|draw\\s+up|run|set)";

	/** Words that soften or fill between the subject and its verb. */
	private static final String FILLERS = "(?:(?:också|även|gärna|nog|direkt|själv|bara|då|ju|väl)\\s+)*";

	private static final String MODALS = "(?:ska|skall|kan|får|tänker|lovar\\s+att|kommer\\s+att)";

	private static final Pattern CONDITION = Phrases.compile("^(?:om|ifall|if|unless)\\b");

	private static final Pattern IN_MEETING = Phrases.compile("\\b(?:delar|dela)\\s+(?:skärmen|min\\s+skärm)"
			+ "|\\blämnar\\s+över\\b|\\bbörjar\\s+med\\b|\\btar\\s+det\\s+från\\s+början\\b|\\btar\\s+ordet\\b"
			+ "|\\bshare\\s+my\\s+screen\\b|\\bhand\\s+(?:it\\s+)?over\\b|\\bkeep\\s+it\\s+short\\b"
			+ "|\\b(?:take|walk|talk)\\s+us\\s+through\\b");

	private static final Pattern NOTED = Phrases
		.compile("^(?:åtgärd|action(?:\\s+item)?|att\\s+göra|to\\s*-?\\s*do|uppgift|task)\\s*:");

	/**
	 * "Ska jag boka …?" offers; "Kan jag få dem före fredag?" and "Can I ask …?" ask for
	 * something and offer nothing.
	 */
	private static final Pattern OFFERED = Phrases.compile("^(?:(?:och|men|så|då)\\s+)?(?:ska|skall|kan|får)\\s+jag\\s+"
			+ "(?!få\\b|fråga|säga|lägga\\s+till|kommentera|avbryta|dela)|\\b(?:shall|should|can|may)\\s+i\\s+"
			+ "(?!ask|say|add|comment|interrupt|share\\s+my|take\\s+it\\s+that|get|have)|\\bwant\\s+me\\s+to\\b");

	/**
	 * A request or assignment to "du"/"you"; the verb is checked against requests for
	 * now.
	 */
	private static final Pattern ADDRESSED = Phrases.compile("\\bwould\\s+you\\s+be\\s+willing\\s+to\\s+(\\p{L}+)"
			+ "|\\b(?:kan|skulle|kunde|vill|hinner|orkar)\\s+du\\s+(?:(?:inte|också|även|kanske|ju|väl)\\s+)*"
			+ "(?:kunna\\s+)?(\\p{L}+)" + "|\\bdu\\s+(?:får\\s+|ska\\s+|kan\\s+)?" + FILLERS + "(" + PRESENT + "|"
			+ INFINITIVE + ")\\b" + "|(?<!(?:vad|hur|när|var|vem|varför)\\s)\\b(" + PRESENT + ")\\s+du\\b"
			+ "|\\b(?:can|could|would|will)\\s+you\\s+(?:please\\s+|also\\s+)?(?:be\\s+able\\s+to\\s+)?(\\p{L}+)"
			+ "|\\byou(?:'ll|\\s+will|'re\\s+going\\s+to|\\s+are\\s+going\\s+to)\\s+(\\p{L}+)"
			+ "|\\bplease\\s+(\\p{L}+)");

	/** Asked of someone, these are for now, in the meeting: "vill du börja?". */
	private static final Set<String> NOT_TASKS = Set.of("börja", "berätta", "säga", "förklara", "fortsätta", "upprepa",
			"höra", "se", "vara", "tänka", "imagine", "see", "hear", "believe", "tell", "repeat", "explain", "clarify",
			"elaborate", "start", "go", "introduce", "be", "say", "walk", "continue", "speak", "mute", "unmute", "dra");

	/**
	 * An imperative, after any "Ja, " and a name called out ("Göran, undersök …"); it
	 * counts only when it names who is to do it.
	 */
	private static final Pattern IMPERATIVE_OPENING = Phrases
		.compile("^(?:(?:ja|okej|ok|bra|toppen|tack)\\s*[,.!]\\s*)*(?:[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s*,\\s*)?"
				+ "(?:(?:och|men|så|då)\\s+)?(?:" + IMPERATIVE + "|" + ENGLISH_TASKS + ")\\b");

	private static final Pattern SELF_SWEDISH = Phrases.compile("\\bjag\\s+" + FILLERS + "(?:" + PRESENT + ")\\b"
			+ "|\\bjag\\s+" + MODALS + "\\s+" + FILLERS + "(?:" + INFINITIVE + ")\\b"
			+ "|\\bjag\\s+(?:ska\\s+|kan\\s+)?(?:ha|har)\\s+(?:det|den|dem|allt|\\p{L}+(?:na|en|et))\\s+klar[at]?\\b");

	private static final Pattern SELF_SWEDISH_INVERTED = Phrases
		.compile("\\b(?:" + PRESENT + ")\\s+jag\\b" + "|\\b(?:ska|skall|kan|får)\\s+jag\\s+" + FILLERS + "(?:"
				+ INFINITIVE + ")\\b" + "|\\bdet\\s+är\\s+jag\\s+som\\s+(?:" + PRESENT + ")\\b");

	private static final Pattern SELF_ENGLISH = Phrases
		.compile("\\bi(?:'ll|\\s+will|\\s+shall|'m\\s+going\\s+to|\\s+am\\s+going\\s+to|'m\\s+gonna)\\s+"
				+ "(?:(?:also|just|then|definitely|personally|certainly)\\s+)*(\\p{L}+)"
				+ "|\\bi\\s+can\\s+(?:also\\s+)?" + ENGLISH_TASKS + "\\b"
				+ "|\\blet\\s+me\\s+(?:check|look|find|get\\s+back|come\\s+back|send|ask|talk|follow\\s+up|confirm)\\b"
				+ "|\\bleave\\s+it\\s+with\\s+me\\b|\\bi'm\\s+on\\s+it\\b|\\bi've\\s+got\\s+(?:it|this)\\b");

	/** After "I'll": not a task. */
	private static final Set<String> NOT_PROMISES = Set.of("be", "say", "admit", "tell", "give", "start", "begin",
			"hand", "pass", "stop", "leave", "let", "need", "see", "miss", "remember", "never", "probably", "wrap",
			"sum", "keep", "not", "go", "just", "also");

	/** A subordinate clause's subject: "innan jag kan svara" promises nothing. */
	private static final Pattern SUBORDINATE = Phrases.compile("\\b(?:innan|när|om|ifall|eftersom|tills|medan|förrän|"
			+ "before|when|if|until|unless|once|because|after|whether|since)\\s+$");

	/**
	 * A verb after the name, and something after the verb: "Tove justerar" names the one
	 * who checks the minutes, "Tove justerar texten" gives her a task.
	 */
	private static final Pattern NAMED_AFTER = Phrases.compile("^(\\s+och\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?\\s+"
			+ "(?:(?:ska|kan|får|tar\\s+hand\\s+om|ansvarar\\s+för)\\s+)?" + FILLERS + "(?:" + PRESENT + "|"
			+ INFINITIVE + ")\\b(?=\\s+\\p{L})"
			+ "|^\\s+(?:will|'ll|is\\s+going\\s+to|to|can|has\\s+to|needs\\s+to|agreed\\s+to|offered\\s+to)\\s+"
			+ "(\\p{L}+)(?=\\s+\\p{L})");

	/**
	 * A verb before the name with an object or adverb before it: "då tar Erik det", "det
	 * fixar Erik" — but not "vi ringer Erik", where Erik is the one called.
	 */
	private static final Pattern NAMED_BEFORE = Phrases
		.compile("(?:^|\\s)(?:då|så|sen|sedan|det|den|dem|detta)\\s+(?:" + PRESENT + ")\\s+$");

	private static final Pattern NAMED_MODAL_BEFORE = Phrases
		.compile("(?:^|\\s)(?:då|så|sen|sedan|det|den|dem|detta)\\s+(?:ska|kan|får)\\s+(?:väl\\s+|ju\\s+)?$");

	private static final Pattern INFINITIVE_AFTER = Phrases.compile("^\\s+" + FILLERS + "(?:" + INFINITIVE + ")\\b");

	private static final Pattern GROUP = Phrases
		.compile("\\bvi\\s+(?:ska|skall|kommer\\s+att|lovar\\s+att)\\s+" + FILLERS + "(?:" + INFINITIVE + ")\\b"
				+ "|\\bwe(?:'ll|\\s+will|'re\\s+going\\s+to|\\s+are\\s+going\\s+to|\\s+shall)\\s+(?:also\\s+)?"
				+ ENGLISH_TASKS + "\\b");

	/*
	 * The words each family of cues needs: a sentence without any is not run through the
	 * family's patterns at all.
	 */

	private static final Set<String> FIRST_PERSON = Set.of("jag", "i", "me", "let", "leave");

	private static final Set<String> YOU = Set.of("du", "you", "please");

	private static final Set<String> WE = Set.of("vi", "we");

	/** How far after a cue a "not" still negates it. */
	private static final int NEGATION_REACH = 24;

	private CommitmentCues() {
	}

	private static String alternatives(int form) {
		return SWEDISH_VERBS.stream()
			.map(entry -> entry.split(":")[form])
			.distinct()
			.sorted((one, other) -> other.length() - one.length())
			.map(verb -> verb.replace(" ", "\\s+"))
			.collect(Collectors.joining("|"));
	}

	/** The commitment {@code sentence} makes, if it makes one. */
	static Optional<Cue> in(Sentence sentence, Roster roster) {
		String lower = sentence.lower();
		if (CONDITION.matcher(lower).find() || IN_MEETING.matcher(lower).find()) {
			return Optional.empty();
		}
		if (NOTED.matcher(lower).find()) {
			return Optional.of(new Cue(Kind.NOTED, firstNamed(sentence, roster), 0.9));
		}
		Optional<Cue> addressed = addressed(sentence, roster);
		if (addressed.isPresent()) {
			return addressed;
		}
		boolean firstPerson = sentence.saysAny(FIRST_PERSON);
		if (sentence.isQuestion()) {
			return (firstPerson && OFFERED.matcher(lower).find()) ? Optional.of(new Cue(Kind.OFFERED, null, 0.7))
					: Optional.empty();
		}
		if (firstPerson && (promises(SELF_SWEDISH, lower, true) || promises(SELF_SWEDISH_INVERTED, lower, false))) {
			return Optional.of(new Cue(Kind.SELF, null, 0.75));
		}
		if (firstPerson && promisesInEnglish(lower)) {
			return Optional.of(new Cue(Kind.SELF, null, 0.7));
		}
		Optional<Cue> named = named(sentence, roster);
		if (named.isPresent()) {
			return named;
		}
		return (sentence.saysAny(WE) && promises(GROUP, lower, false)) ? Optional.of(new Cue(Kind.GROUP, null, 0.55))
				: Optional.empty();
	}

	/**
	 * Whether {@code sentence} asks someone to do something now, in the meeting ("vill du
	 * börja?") or to be something ("would you be the owner?"), which a yes does not make
	 * a task.
	 */
	static boolean asksForNow(Sentence sentence) {
		Matcher matcher = ADDRESSED.matcher(sentence.lower());
		while (matcher.find()) {
			String verb = firstGroup(matcher);
			if (verb != null && NOT_TASKS.contains(verb)) {
				return true;
			}
		}
		return false;
	}

	private static Optional<Cue> addressed(Sentence sentence, Roster roster) {
		if (sentence.saysAny(YOU)) {
			Matcher matcher = ADDRESSED.matcher(sentence.lower());
			while (matcher.find()) {
				String verb = firstGroup(matcher);
				if ((verb == null || !NOT_TASKS.contains(verb)) && !negated(sentence.lower(), matcher)) {
					return Optional.of(new Cue(Kind.ADDRESSED, firstNamed(sentence, roster), 0.75));
				}
			}
		}
		if (!sentence.isQuestion() && IMPERATIVE_OPENING.matcher(sentence.lower()).find()) {
			Person named = firstNamed(sentence, roster);
			if (named != null) {
				return Optional.of(new Cue(Kind.ADDRESSED, named, 0.75));
			}
		}
		return Optional.empty();
	}

	private static boolean promises(Pattern pattern, String lower, boolean subjectFirst) {
		Matcher matcher = pattern.matcher(lower);
		while (matcher.find()) {
			if (subjectFirst && SUBORDINATE.matcher(lower.substring(Math.max(0, matcher.start() - 12), matcher.start()))
				.find()) {
				continue;
			}
			if (!negated(lower, matcher) && !hedged(lower, matcher)) {
				return true;
			}
		}
		return false;
	}

	private static boolean promisesInEnglish(String lower) {
		Matcher matcher = SELF_ENGLISH.matcher(lower);
		while (matcher.find()) {
			String verb = matcher.group(1);
			if ((verb != null && NOT_PROMISES.contains(verb))
					|| SUBORDINATE.matcher(lower.substring(Math.max(0, matcher.start() - 12), matcher.start()))
						.find()) {
				continue;
			}
			if (!negated(lower, matcher) && !hedged(lower, matcher)) {
				return true;
			}
		}
		return false;
	}

	/** "Erik fixar det", "Tom to send …", "då tar Erik det", "det kan Erik ta". */
	private static Optional<Cue> named(Sentence sentence, Roster roster) {
		String text = sentence.text();
		for (Roster.Mention mention : roster.mentions(text)) {
			Person person = mention.person(sentence.speaker());
			if (person == null) {
				continue;
			}
			String after = Phrases.lower(text.substring(mention.end(), Math.min(text.length(), mention.end() + 60)));
			String before = Phrases.lower(text.substring(Math.max(0, mention.start() - 30), mention.start()));
			Matcher next = NAMED_AFTER.matcher(after);
			boolean found = next.find() && (next.group(2) == null || !NOT_PROMISES.contains(next.group(2)));
			boolean shared = found && next.group(1) != null;
			if (!found) {
				found = NAMED_BEFORE.matcher(before).find()
						|| (NAMED_MODAL_BEFORE.matcher(before).find() && INFINITIVE_AFTER.matcher(after).find());
			}
			if (found
					&& !Phrases.NEGATION.matcher(after.substring(0, Math.min(after.length(), NEGATION_REACH))).find()) {
				return Optional.of(new Cue(shared ? Kind.SHARED : Kind.NAMED, person, 0.8));
			}
		}
		return Optional.empty();
	}

	private static @Nullable Person firstNamed(Sentence sentence, Roster roster) {
		for (Roster.Mention mention : roster.mentions(sentence.text())) {
			Person person = mention.person(sentence.speaker());
			if (person != null) {
				return person;
			}
		}
		return null;
	}

	private static @Nullable String firstGroup(Matcher matcher) {
		for (int group = 1; group <= matcher.groupCount(); group++) {
			if (matcher.group(group) != null) {
				return matcher.group(group);
			}
		}
		return null;
	}

	private static boolean negated(String lower, Matcher cue) {
		String inside = lower.substring(cue.start(), Math.min(lower.length(), cue.end() + NEGATION_REACH));
		return Phrases.NEGATION.matcher(inside).find();
	}

	private static boolean hedged(String lower, Matcher cue) {
		String around = lower.substring(Math.max(0, cue.start() - 16), cue.end());
		return Phrases.HEDGE.matcher(around).find();
	}

	/** How a sentence commits someone. */
	enum Kind {

		/** The speaker commits: "jag tar det", "I'll send it". */
		SELF,
		/** Someone named commits or is given the task: "Erik fixar det". */
		NAMED,
		/** Two or more named share it: "Erik och Sara tar fram …"; the first is owner. */
		SHARED,
		/**
		 * The one spoken to is asked or told: "kan du …?", "du tar …", "could you …?".
		 */
		ADDRESSED,
		/** The speaker offers, and the answer decides: "ska jag boka …?". */
		OFFERED,
		/** "Vi ska …", "we will …": the speaker's team; counts only with a due date. */
		GROUP,
		/** A minute's line: "Åtgärd: …", "Action: …". */
		NOTED

	}

	/**
	 * @param named the person the sentence names for the task, if it names one
	 * @param confidence how sure this kind of cue is, before owner and date are known
	 */
	record Cue(Kind kind, @Nullable Person named, double confidence) {

	}

}
