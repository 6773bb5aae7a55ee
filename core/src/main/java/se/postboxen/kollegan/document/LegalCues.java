package se.postboxen.kollegan.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.document.LegalCheck.Check;
import se.postboxen.kollegan.document.LegalCheck.Outcome;

/**
 * Juridik-Gunnar's checks of a document, in Swedish and English, for a Swedish authority
 * on the buying side: a data processing agreement's elements (GDPR art. 28.3), personal
 * data sent outside the EU/EEA, the governing law and the forum, the liability cap, and
 * confidentiality against the public's right of access. Like {@link RiskCues} they read
 * sentence by sentence, and what they find is a cue for a lawyer, not a ruling: a clause
 * worded in a way no cue knows reads as missing.
 */
final class LegalCues {

	/** Where a title says what the document is. */
	private static final int TITLE_LENGTH = 400;

	/** Fewer words make a heading, not a clause. */
	private static final int MIN_WORDS_OF_A_CLAUSE = 6;

	/** Where a contract says it is one: its title and opening recitals. */
	private static final int OPENING_LENGTH = 1000;

	private static final Pattern CONTRACT = compile(
			"avtal|kontrakt|överenskommelse|\\bagreement\\b|\\bcontract\\b|\\baddendum\\b");

	private static final Pattern CONTROLLER = compile("personuppgiftsansvarig|\\bcontroller\\b");

	private static final Pattern PROCESSOR = compile("personuppgiftsbiträde|\\bprocessor\\b");

	private static final Pattern DPA_PROCESSING = compile(
			"kategori\\p{L}*\\s+(?:av\\s+)?registrerade|registrerade\\s+(?:som\\s+)?(?:omfattas|berörs)|"
					+ "(?:typ|typer|kategori|kategorier)\\s+av\\s+personuppgifter|"
					+ "categor(?:y|ies)\\s+of\\s+data\\s+subjects|(?:types?|categor(?:y|ies))\\s+of\\s+personal\\s+data");

	private static final Pattern DPA_INSTRUCTIONS = compile(
			"^(?=.*instruktion)(?=.*(?:dokumenter|personuppgiftsansvarig|endast|enbart|skriftlig))|"
					+ "^(?=.*\\binstructions?\\b)(?=.*(?:documented|controller|\\bonly\\b|written))");

	private static final Pattern DPA_CONFIDENTIALITY = compile(
			"^(?=.*(?:tystnadsplikt|sekretess|konfidentialitet|konfidentiell))"
					+ "(?=.*(?:\\bpersoner\\b|\\bpersonal(?:en)?\\b|anställd|medarbetar|behörig))|"
					+ "^(?=.*confidential)(?=.*(?:\\bpersons\\b|\\bpeople\\b|personnel|staff|employees|authori[sz]ed))");

	private static final Pattern DPA_SECURITY = compile("art(?:ikel|icle|\\.)\\s*32\\b|"
			+ "tekniska\\s+och\\s+organisatoriska|technical\\s+and\\s+organi[sz]ational|lämplig\\s+säkerhetsnivå|"
			+ "appropriate\\s+level\\s+of\\s+security|säkerhetsåtgärder|security\\s+measures");

	private static final Pattern SUB_PROCESSOR = compile("underbiträde|underleverantör|annat\\s+personuppgiftsbiträde|"
			+ "sub-?processor|another\\s+processor|other\\s+processors?");

	private static final Pattern AUTHORISATION = compile(
			"godkän|tillstånd|medgivande|samtycke|" + "authori[sz]|approv|consent");

	/** "Utan godkännande" opens a door unless a negation holds it shut. */
	private static final Pattern WITHOUT_AUTHORISATION = compile(
			"\\butan\\s+(?:[\\p{L}']+\\s+){0,5}?(?:godkän|tillstånd|medgivande|samtycke)|"
					+ "\\bwithout\\s+(?:[\\p{L}']+\\s+){0,5}?(?:authori[sz]|approv|consent)");

	private static final Pattern NEGATION = compile("\\b(?:inte|ej|icke|aldrig|not|never|no)\\b|n't\\b");

	private static final Pattern DPA_DATA_SUBJECT_RIGHTS = compile("registrerades?\\s+rättigheter|"
			+ "begäran\\s+från\\s+(?:en\\s+|de\\s+)?registrerade?|registrerade\\s+utövar|kapitel\\s+(?:iii|3)\\b|"
			+ "data\\s+subjects?'?s?'?\\s+(?:rights|requests?)|rights\\s+of\\s+(?:the\\s+)?data\\s+subjects?|"
			+ "requests?\\s+from\\s+data\\s+subjects|chapter\\s+iii\\b");

	private static final Pattern DPA_ASSISTANCE = compile("personuppgiftsincident|konsekvensbedömning|"
			+ "förhandssamråd|artiklarna\\s+32\\s*[–-]\\s*36|personal\\s+data\\s+breach|data\\s+breach|"
			+ "impact\\s+assessment|prior\\s+consultation|articles\\s+32\\s*(?:to|[–-])\\s*36");

	private static final Pattern DPA_DELETION_OR_RETURN = compile(
			"^(?=.*(?:radera|återlämna|lämna\\s+tillbaka|återföra|förstöra|gallra))"
					+ "(?=.*(?:upphör|avslut|\\bslut|avtalstiden|tjänsterna\\s+har|behandlingen\\s+har))|"
					+ "^(?=.*(?:delete|deletion|return|destroy|erase))"
					+ "(?=.*(?:end\\s+of|terminat|expir|cessation|after\\s+the\\s+(?:end|provision)))");

	private static final Pattern DPA_AUDITS = compile("granskning|\\brevision\\p{L}*|inspektion|"
			+ "information\\s+som\\s+(?:krävs|behövs)\\s+för\\s+att\\s+visa|\\baudits?\\b|\\binspections?\\b|"
			+ "information\\s+necessary\\s+to\\s+demonstrate");

	private static final Pattern THIRD_COUNTRY = compile(
			"tredjeland|third\\s+countr|" + "utanför\\s+(?:eu|ees|europeiska\\s+(?:unionen|ekonomiska))|"
					+ "outside\\s+(?:the\\s+)?(?:eu|eea|european\\s+(?:union|economic))|"
					+ "\\busa\\b|\\bu\\.s\\.|united\\s+states|\\bindien\\b|\\bindia\\b|\\bkina\\b|\\bchina\\b");

	private static final Pattern TRANSFER_MECHANISM = compile(
			"standardavtalsklausul|standard\\s+contractual\\s+clauses|"
					+ "\\bsccs?\\b|adekvat\\s+skyddsnivå|beslut\\s+om\\s+adekvat|adequacy\\s+decision|"
					+ "adequate\\s+level\\s+of\\s+protection|bindande\\s+företagsbestämmelser|binding\\s+corporate\\s+rules|"
					+ "data\\s+privacy\\s+framework|art(?:ikel|icle)\\s+4[56]\\b");

	private static final Pattern GOVERNING_LAW = compile("tillämplig\\s+lag|lagval|"
			+ "(?:ska|skall)\\s+(?:tolkas|regleras|bedömas)\\s+.{0,60}?(?:lag|rätt)\\b|"
			+ "\\p{L}+sk\\s+(?:materiell\\s+)?(?:lag|rätt)\\s+(?:ska|skall)\\s+tillämpas|underkastat\\s+\\p{L}+\\s+(?:lag|rätt)|"
			+ "governing\\s+law|governed\\s+by|construed\\s+(?:in\\s+accordance\\s+with|under)|"
			+ "subject\\s+to\\s+the\\s+laws?\\s+of");

	private static final Pattern SWEDISH_LAW = compile("svensk\\s+(?:materiell\\s+)?(?:lag|rätt)|sveriges\\s+lag|"
			+ "swedish\\s+(?:substantive\\s+)?law|laws?\\s+of\\s+sweden");

	private static final Pattern FORUM = compile(
			"^(?=.*(?:tvist|dispute|claims?\\b|jurisdiction|anspråk))(?=.*(?:domstol|tingsrätt|\\bcourts?\\b|"
					+ "skilje|arbitra|jurisdiction))");

	private static final Pattern SWEDISH_COURT = compile("svensk\\s+(?:allmän\\s+)?domstol|allmän\\s+domstol|"
			+ "tingsrätt|swedish\\s+(?:general\\s+|public\\s+)?courts?|courts?\\s+of\\s+sweden|"
			+ "(?:stockholm|gothenburg|göteborg|malmö|uppsala)\\s+district\\s+court");

	private static final Pattern LIABILITY_CAP = compile("ansvarsbegränsning|ansvarstak|"
			+ "(?:ansvar|skadestånd)\\p{L}*\\s+.{0,80}?(?:begränsat|begränsas|begränsad)\\s+till|"
			+ "(?:ska|skall)\\s+(?:inte|ej)\\s+överstiga|uppgå\\s+till\\s+(?:högst|maximalt)|"
			+ "högsta\\s+(?:sammanlagda\\s+)?(?:ansvar|skadestånd)|limitation\\s+of\\s+liability|"
			+ "liability\\s+.{0,80}?(?:shall|will)\\s+(?:not\\s+exceed|be\\s+limited\\s+to)|aggregate\\s+liability|"
			+ "liability\\s+cap|capped\\s+at");

	private static final Pattern CONFIDENTIALITY = compile(
			"^(?=.*(?:sekretess|konfidentiell|tystnadsplikt|hemlighåll|(?:inte|ej)\\s+röja|(?:inte|ej)\\s+lämna\\s+ut|"
					+ "confidential|non-disclosure|(?:not|never)\\s+disclose))"
					+ "(?=.*(?:(?:parterna|vardera\\s+parten?|\\bparten?|beställaren|kunden|myndigheten|kommunen|"
					+ "regionen|mottagande\\s+parten?)\\s+(?:ska|skall|förbinder|åtar|får\\s+(?:inte|ej))|"
					+ "(?:each|either|the\\s+receiving)\\s+party\\s+(?:shall|will|must|agrees|undertakes|may\\s+not)|"
					+ "the\\s+(?:parties|customer|authority)\\s+(?:shall|will|must|agree|undertakes?|may\\s+not)))");

	private static final Pattern PUBLIC_ACCESS_RESERVATION = compile("offentlighets-?\\s*och\\s+sekretesslag|"
			+ "\\bosl\\b|2009:400|offentlighetsprincip|tryckfrihetsförordning|allmänna?\\s+handling|"
			+ "(?:enligt|följer\\s+av)\\s+lag|lag\\s+eller\\s+(?:annan\\s+)?författning|"
			+ "required\\s+by\\s+(?:law|statute)|public\\s+access|freedom\\s+of\\s+the\\s+press\\s+act|"
			+ "official\\s+documents?|public\\s+records?");

	/** A clause that means to hold even against the law that makes documents public. */
	private static final Pattern PUBLIC_ACCESS_CONFLICT = compile("oavsett\\s+(?:vad\\s+som\\s+(?:följer|anges)\\s+"
			+ "(?:av|i)\\s+)?(?:lag|offentlighetsprincip|osl|tryckfrihetsförordning)|"
			+ "utan\\s+hinder\\s+av\\s+(?:lag|offentlighetsprincip)|även\\s+om\\s+(?:\\p{L}+\\s+){0,3}begärs\\s+ut|"
			+ "notwithstanding\\s+(?:any\\s+)?(?:law|statut|public\\s+access|disclosure\\s+obligations)|"
			+ "regardless\\s+of\\s+any\\s+(?:law|legal|statut)|even\\s+if\\s+(?:\\p{L}+\\s+){0,3}requested");

	private LegalCues() {
	}

	/** The checks that apply to the document, in the order a lawyer reads them. */
	static List<LegalCheck> in(String document, List<Sentence> sentences) {
		String opening = document.substring(0, Math.min(document.length(), OPENING_LENGTH))
			.toLowerCase(java.util.Locale.ROOT);
		boolean contract = CONTRACT.matcher(opening).find();
		List<LegalCheck> checks = new ArrayList<>();
		if (isProcessingAgreement(opening, sentences)) {
			present(checks, Check.DPA_PROCESSING, document, sentences, DPA_PROCESSING);
			present(checks, Check.DPA_INSTRUCTIONS, document, sentences, DPA_INSTRUCTIONS);
			present(checks, Check.DPA_CONFIDENTIALITY, document, sentences, DPA_CONFIDENTIALITY);
			present(checks, Check.DPA_SECURITY, document, sentences, DPA_SECURITY);
			checks.add(subProcessors(document, sentences));
			present(checks, Check.DPA_DATA_SUBJECT_RIGHTS, document, sentences, DPA_DATA_SUBJECT_RIGHTS);
			present(checks, Check.DPA_ASSISTANCE, document, sentences, DPA_ASSISTANCE);
			present(checks, Check.DPA_DELETION_OR_RETURN, document, sentences, DPA_DELETION_OR_RETURN);
			present(checks, Check.DPA_AUDITS, document, sentences, DPA_AUDITS);
		}
		transfers(document, sentences).ifPresent(checks::add);
		if (contract) {
			checks.add(swedishOrFlagged(Check.GOVERNING_LAW, document, sentences, GOVERNING_LAW, SWEDISH_LAW));
			checks.add(swedishOrFlagged(Check.FORUM, document, sentences, FORUM, SWEDISH_COURT));
			checks.add(liabilityCap(document, sentences));
		}
		publicAccess(document, sentences).ifPresent(checks::add);
		return List.copyOf(checks);
	}

	/**
	 * A document that says so in its title, or that names both a controller and a
	 * processor: one that only mentions an agreement to be signed elsewhere is not one.
	 */
	private static boolean isProcessingAgreement(String opening, List<Sentence> sentences) {
		if (RiskCues.PROCESSING_AGREEMENT.matcher(opening.substring(0, Math.min(opening.length(), TITLE_LENGTH)))
			.find()) {
			return true;
		}
		return first(sentences, CONTROLLER.asPredicate()) != null && first(sentences, PROCESSOR.asPredicate()) != null;
	}

	private static void present(List<LegalCheck> checks, Check check, String document, List<Sentence> sentences,
			Pattern element) {
		Sentence found = first(sentences, element.asPredicate());
		checks.add((found != null) ? new LegalCheck(check, Outcome.PRESENT, found.passage(document))
				: new LegalCheck(check, Outcome.MISSING, null));
	}

	/**
	 * Present when sub-processors need the controller's authorisation; flagged when the
	 * processor may engage them without it.
	 */
	private static LegalCheck subProcessors(String document, List<Sentence> sentences) {
		Sentence loose = first(sentences, lower -> SUB_PROCESSOR.matcher(lower).find()
				&& WITHOUT_AUTHORISATION.matcher(lower).find() && !NEGATION.matcher(lower).find());
		if (loose != null) {
			return new LegalCheck(Check.DPA_SUB_PROCESSORS, Outcome.FLAGGED, loose.passage(document));
		}
		Sentence authorised = first(sentences,
				lower -> SUB_PROCESSOR.matcher(lower).find() && AUTHORISATION.matcher(lower).find());
		if (authorised != null) {
			return new LegalCheck(Check.DPA_SUB_PROCESSORS, Outcome.PRESENT, authorised.passage(document));
		}
		Sentence mentioned = first(sentences, SUB_PROCESSOR.asPredicate());
		return new LegalCheck(Check.DPA_SUB_PROCESSORS, Outcome.MISSING,
				(mentioned != null) ? mentioned.passage(document) : null);
	}

	/**
	 * Only where personal data is: present when the document names a transfer mechanism
	 * or forbids transfers, flagged when it sends data out without one.
	 */
	private static Optional<LegalCheck> transfers(String document, List<Sentence> sentences) {
		if (first(sentences, RiskCues.PERSONAL_DATA.asPredicate()) == null) {
			return Optional.empty();
		}
		Sentence mechanism = first(sentences, TRANSFER_MECHANISM.asPredicate());
		if (mechanism != null) {
			return Optional
				.of(new LegalCheck(Check.THIRD_COUNTRY_TRANSFER, Outcome.PRESENT, mechanism.passage(document)));
		}
		Sentence transfer = first(sentences,
				lower -> THIRD_COUNTRY.matcher(lower).find() && !NEGATION.matcher(lower).find());
		if (transfer != null) {
			return Optional
				.of(new LegalCheck(Check.THIRD_COUNTRY_TRANSFER, Outcome.FLAGGED, transfer.passage(document)));
		}
		Sentence forbidden = first(sentences, THIRD_COUNTRY.asPredicate());
		return Optional.ofNullable(forbidden)
			.map(sentence -> new LegalCheck(Check.THIRD_COUNTRY_TRANSFER, Outcome.PRESENT, sentence.passage(document)));
	}

	/**
	 * Present when a clause of the kind names Sweden, flagged when the clauses there are
	 * name somewhere else, missing when there is none.
	 */
	private static LegalCheck swedishOrFlagged(Check check, String document, List<Sentence> sentences, Pattern clause,
			Pattern swedish) {
		Sentence inSweden = first(sentences, lower -> clause.matcher(lower).find() && swedish.matcher(lower).find());
		if (inSweden != null) {
			return new LegalCheck(check, Outcome.PRESENT, inSweden.passage(document));
		}
		Sentence elsewhere = first(sentences, clause.asPredicate());
		return (elsewhere != null) ? new LegalCheck(check, Outcome.FLAGGED, elsewhere.passage(document))
				: new LegalCheck(check, Outcome.MISSING, null);
	}

	/** Unlimited liability is flagged before any cap is looked for. */
	private static LegalCheck liabilityCap(String document, List<Sentence> sentences) {
		Sentence unlimited = first(sentences, RiskCues.UNLIMITED_LIABILITY.asPredicate());
		if (unlimited != null) {
			return new LegalCheck(Check.LIABILITY_CAP, Outcome.FLAGGED, unlimited.passage(document));
		}
		Sentence cap = first(sentences, LIABILITY_CAP.asPredicate());
		return (cap != null) ? new LegalCheck(Check.LIABILITY_CAP, Outcome.PRESENT, cap.passage(document))
				: new LegalCheck(Check.LIABILITY_CAP, Outcome.MISSING, null);
	}

	/**
	 * Only where a party is bound to confidentiality: flagged when the clause means to
	 * hold against the law, missing (quoting the clause) when nothing in the document
	 * reserves what the law makes public, present when something does.
	 */
	private static Optional<LegalCheck> publicAccess(String document, List<Sentence> sentences) {
		Sentence clause = first(sentences, CONFIDENTIALITY.asPredicate());
		if (clause == null) {
			return Optional.empty();
		}
		Sentence conflict = first(sentences, PUBLIC_ACCESS_CONFLICT.asPredicate());
		if (conflict != null) {
			return Optional.of(new LegalCheck(Check.PUBLIC_ACCESS, Outcome.FLAGGED, conflict.passage(document)));
		}
		Sentence reservation = first(sentences, PUBLIC_ACCESS_RESERVATION.asPredicate());
		return Optional.of((reservation != null)
				? new LegalCheck(Check.PUBLIC_ACCESS, Outcome.PRESENT, reservation.passage(document))
				: new LegalCheck(Check.PUBLIC_ACCESS, Outcome.MISSING, clause.passage(document)));
	}

	/**
	 * The first sentence that matches and reads as a clause, else the first that matches:
	 * a heading ("10. Granskning") says less than the clause under it.
	 */
	private static @Nullable Sentence first(List<Sentence> sentences, Predicate<String> matches) {
		Sentence heading = null;
		for (Sentence sentence : sentences) {
			if (matches.test(sentence.lower())) {
				if (Words.count(sentence.text()) >= MIN_WORDS_OF_A_CLAUSE) {
					return sentence;
				}
				heading = (heading != null) ? heading : sentence;
			}
		}
		return heading;
	}

	private static Pattern compile(String regex) {
		return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
	}

}
