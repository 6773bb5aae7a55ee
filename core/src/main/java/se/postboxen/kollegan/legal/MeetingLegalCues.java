package se.postboxen.kollegan.legal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.postboxen.kollegan.legal.LegalFinding.Kind;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.transcript.Transcript;

/**
 * What in a meeting a lawyer should read, Swedish and English, statement by statement:
 * personal data (special categories, offences, identity numbers), secrecy and keeping
 * things out of official documents, direct awards, split purchases, the standstill,
 * contract changes, procurement review, appeals and legality review, and promises that
 * may bind. Each statement is read for every kind, so one sentence may touch two rules;
 * each kind is reported at most {@value #MAX_PER_KIND} times.
 */
final class MeetingLegalCues {

	static final int MAX_PER_KIND = 20;

	/**
	 * The most of a statement quoted: a transcript without punctuation is one long
	 * sentence per turn, so the words around the cue are quoted instead.
	 */
	static final int MAX_QUOTE_LENGTH = 300;

	private static final Map<Kind, Pattern> CUES = cues();

	private MeetingLegalCues() {
	}

	private static Map<Kind, Pattern> cues() {
		Map<Kind, Pattern> cues = new LinkedHashMap<>();
		cues.put(Kind.PERSONAL_DATA, compile("personuppgift|\\bpersonal\\s+(?:data|information)\\b|"
				+ "\\bregistret?\\s+över\\s+(?:alla\\s+)?(?:elever|patienter|brukare|medborgare|anställda|sökande)|"
				+ "\\bgdpr\\b|dataskydd"));
		cues.put(Kind.SPECIAL_CATEGORIES, compile("känsliga\\s+personuppgifter|särskilda\\s+kategorier|"
				+ "hälsouppgift|hälsotillstånd|hälsodata|\\bsjukdom|sjukskriv|diagnos|patientjournal|journaluppgift|"
				+ "etnisk|religiös|politisk\\w*\\s+åsikt|fackförening|fackligt\\s+medlemskap|sexuell\\s+läggning|"
				+ "biometrisk|genetisk|sensitive\\s+(?:personal\\s+)?data|special\\s+categor|health\\s+(?:data|records?|"
				+ "information)|medical\\s+(?:records?|data|information)|ethnic|religious|political\\s+opinion|"
				+ "trade\\s+union|sexual\\s+orientation|biometric|genetic"));
		cues.put(Kind.CRIMINAL_OFFENCES, compile("lagöverträdelse|brottsmisstanke|misstänkt\\s+för\\s+brott|"
				+ "belastningsregist|dömd\\s+för|criminal\\s+(?:record|conviction|offen[cs]e)|convicted\\s+of"));
		cues.put(Kind.IDENTITY_NUMBERS, compile("personnummer|samordningsnummer|personal\\s+identity\\s+number|"
				+ "social\\s+security\\s+number|" + "\\b\\d{2}(?:0[1-9]|1[0-2])\\d{2}[-+]\\d{4}\\b"));
		cues.put(Kind.SECRECY,
				compile("sekretess|hemligstämpl|\\bhemlig|konfidentiell|\\bconfidential|classified|" + "secrecy"));
		cues.put(Kind.PUBLIC_ACCESS, compile("allmän(?:na)?\\s+handling|offentlighetsprincip|begär(?:a|er|t)?\\s+ut|"
				+ "skriv\\s+inte\\s+ner|skriv\\s+inte\\s+in|(?:ska|bör)\\s+inte\\s+(?:stå\\s+i|protokollföras)|"
				+ "inte\\s+(?:i|till)\\s+protokollet|utanför\\s+protokollet|stannar\\s+(?:i|mellan)\\s+(?:rummet|oss)|"
				+ "mejla\\s+inte|radera\\s+(?:mejlet|mejlen|meddelandet|sms)|off\\s+the\\s+record|"
				+ "(?:don't|do\\s+not)\\s+write\\s+(?:this|that|it)\\s+down|out\\s+of\\s+the\\s+minutes|"
				+ "official\\s+documents?|public\\s+access|freedom\\s+of\\s+information"));
		cues.put(Kind.DIRECT_AWARD, compile("direktupphandl|utan\\s+(?:att\\s+)?upphandl|utan\\s+annonsering|"
				+ "utan\\s+konkurrensutsättning|direct(?:ly)?\\s+award|without\\s+(?:a\\s+)?(?:tender|procurement|"
				+ "competition)|single[-\\s]source"));
		cues.put(Kind.SPLIT_PURCHASE,
				compile("dela\\s+upp\\s+(?:upphandlingen|köpet|inköpet|beställningen|avtalet|"
						+ "ordern)|under\\s+(?:direktupphandlings|belopps|värde)?gränsen|under\\s+tröskel|"
						+ "split\\s+(?:the\\s+)?(?:contract|purchase|order|procurement)|split\\s+it\\s+up|"
						+ "(?:stay|keep\\s+it)\\s+(?:below|under)\\s+the\\s+(?:threshold|limit)"));
		cues.put(Kind.STANDSTILL, compile("avtalsspärr|tilldelningsbeslut|standstill|award\\s+decision|"
				+ "(?:skriva|skriver|teckna|tecknar)\\s+(?:på\\s+)?(?:avtal|kontrakt)\\p{L}*\\s+(?:direkt|redan|"
				+ "i\\s+(?:dag|morgon)|innan)|sign\\s+the\\s+contract\\s+(?:now|today|tomorrow|immediately|before)"));
		cues.put(Kind.CONTRACT_CHANGE, compile("förläng\\p{L}*\\s+(?:avtalet|kontraktet|ramavtalet)|"
				+ "utök\\p{L}*\\s+(?:avtalet|kontraktet|ramavtalet)|ändr\\p{L}*\\s+(?:i\\s+)?(?:avtalet|kontraktet)|"
				+ "tilläggsbeställning|extend\\s+the\\s+(?:contract|agreement|framework)|contract\\s+extension|"
				+ "(?:amend|change)\\s+the\\s+(?:contract|agreement)"));
		cues.put(Kind.PROCUREMENT_REVIEW, compile("överpröv|ansöka\\s+om\\s+överprövning|upphandlingsmål|"
				+ "procurement\\s+review|challenge\\s+the\\s+(?:award|procurement)"));
		cues.put(Kind.APPEAL, compile("överklag|\\bappeal(?:ed|s)?\\s+(?:the|this|that|against)\\b|"
				+ "\\b(?:an|the|right\\s+to|deadline\\s+to|time\\s+to)\\s+appeal\\b|\\bappeal\\s+(?:period|deadline)"));
		cues.put(Kind.LEGALITY_REVIEW,
				compile("laglighetsprövning|anslag\\p{L}*\\s+(?:av\\s+)?protokoll|" + "legality\\s+review"));
		cues.put(Kind.COMMITMENT, compile("\\b(?:vi|jag)\\s+(?:garanterar|utlovar)|"
				+ "\\bvi\\s+lovar\\s+(?:er|dem|kunden|leverantören|kommunen)\\b|"
				+ "\\bvi\\s+står\\s+för\\s+(?:alla\\s+|hela\\s+)?(?:kostnader|kostnaden|merkostnaden|skadan|skadorna)|"
				+ "\\bvi\\s+tar\\s+(?:fullt|hela)\\s+ansvar|\\bvi\\s+ersätter\\s+(?:er|dem|alla)\\b|skadeslös|"
				+ "obegränsat\\s+ansvar|\\b(?:we|i)\\s+guarantee|\\bwe\\s+promise\\s+(?:you|them)\\b|"
				+ "\\bwe(?:'ll|\\s+will)\\s+cover\\s+(?:all|the)\\s+(?:costs|damages|losses)|"
				+ "\\bwe\\s+take\\s+full\\s+(?:responsibility|liability)|indemnif|hold\\s+(?:you|them)\\s+harmless|"
				+ "unlimited\\s+liability"));
		return cues;
	}

	/** The findings of a transcript, in the order they were said. */
	static List<LegalFinding> in(Transcript transcript) {
		List<LegalFinding> findings = new ArrayList<>();
		Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
		for (Statement statement : Statement.of(transcript)) {
			CUES.forEach((kind, cue) -> {
				Matcher matcher = cue.matcher(statement.lower());
				if (counts.getOrDefault(kind, 0) < MAX_PER_KIND && matcher.find()) {
					findings
						.add(new LegalFinding(kind, statement.speaker(), statement.speakerEmail(), new TranscriptSpan(
								statement.at(), quote(statement.text(), matcher.start(), matcher.end()))));
					counts.merge(kind, 1, Integer::sum);
				}
			});
		}
		return List.copyOf(findings);
	}

	/**
	 * The statement, or the words around the cue in it when the statement is longer than
	 * {@value #MAX_QUOTE_LENGTH} characters, cut at spaces and marked with "…".
	 */
	static String quote(String text, int cueStart, int cueEnd) {
		if (text.length() <= MAX_QUOTE_LENGTH) {
			return text;
		}
		int room = Math.max(0, MAX_QUOTE_LENGTH - (cueEnd - cueStart)) / 2;
		int from = Math.max(0, cueStart - room);
		int to = Math.min(text.length(), cueEnd + room);
		if (from > 0) {
			int space = text.indexOf(' ', from);
			from = (space >= 0 && space < cueStart) ? space + 1 : from;
		}
		if (to < text.length()) {
			int space = text.lastIndexOf(' ', to);
			to = (space > cueEnd) ? space : to;
		}
		return ((from > 0) ? "…" : "") + text.substring(from, to).strip() + ((to < text.length()) ? "…" : "");
	}

	private static Pattern compile(String regex) {
		return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
	}

}
