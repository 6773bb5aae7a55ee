package se.postboxen.kollegan.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Who the agreement is between: "Beställare: Kommun A", "mellan Kommun A och Leverantören
 * AB", "between X and Y", with a role the document defines for each ("nedan kallad
 * Beställaren", "the Customer") and their Swedish organisation numbers. A party named
 * more than once is listed once, where it is first named.
 */
final class PartyCues {

	static final int MAX_PARTIES = 20;

	private static final int MAX_NAME_LENGTH = 100;

	private static final String ROLES = "beställare|beställaren|köpare|köparen|kund|kunden|leverantör|leverantören|"
			+ "säljare|säljaren|uppdragsgivare|uppdragsgivaren|uppdragstagare|uppdragstagaren|konsult|konsulten|"
			+ "entreprenör|entreprenören|upphandlande myndighet|personuppgiftsansvarig|personuppgiftsbiträde|"
			+ "licensgivare|licenstagare|hyresvärd|hyresgäst|customer|supplier|buyer|seller|client|contractor|"
			+ "provider|service provider|vendor|licensor|licensee|controller|processor|purchaser";

	/** A line that names a party by its role: "Leverantör: Leverantören AB". */
	private static final Pattern LABEL = Pattern.compile(
			"^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(" + ROLES + ")\\s*:\\s*(\\S.*)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern BETWEEN = Pattern.compile(
			"\\b(?:mellan|between)\\s+(\\p{Lu}.{1,200}?)\\s+(?:och|and)\\s+(\\p{Lu}.*)$",
			Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * "(nedan kallad ”Beställaren”)", "(the "Customer")", "(hereinafter the Supplier)".
	 */
	private static final Pattern DEFINED_ROLE = Pattern.compile(
			"\\(\\s*(?:nedan(?:\\s+kallad)?|hereinafter(?:\\s+(?:referred\\s+to\\s+as|called))?)?\\s*"
					+ "[\"”“'«]?\\s*(?:the\\s+)?[\"”“'«]?(\\p{Lu}[\\p{L}-]{1,40})[\"”“'»]?\\s*\\)",
			Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * A Swedish organisation number: the month digits of a legal person's are 20 or more,
	 * which tells it from a personal identity number, and its last digit checks the rest.
	 */
	private static final Pattern ORGANISATION_NUMBER = Pattern
		.compile("(?<![\\d-])(\\d{2}[2-9]\\d{3})[-–](\\d{4})(?![\\d-])");

	/** The label before an organisation number, left off the name before it. */
	private static final Pattern NUMBER_LABEL = Pattern.compile(
			"(?:,|\\(|\\s)*(?:org\\.?\\s*nr\\.?|orgnr|organisationsnummer|organisationsnr|corporate\\s+identity\\s+number|"
					+ "company\\s+registration\\s+number|company\\s+reg(?:istration)?\\.?\\s+no\\.?|reg(?:istration)?\\.?\\s+no\\.?)?"
					+ "[\\s:.]*$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Where a name before an organisation number starts: after these. */
	private static final Pattern NAME_START = Pattern
		.compile("(?:^|[,;:(]|\\s(?:och|and|mellan|between|samt)\\s)\\s*(?=[^,;:(]*$)", Pattern.CASE_INSENSITIVE);

	private PartyCues() {
	}

	static List<Party> in(String document, List<Sentence> sentences) {
		Map<String, Party> parties = new LinkedHashMap<>();
		for (Sentence sentence : sentences) {
			Matcher label = LABEL.matcher(sentence.text());
			if (label.matches()) {
				add(parties, described(label.group(2), capitalised(label.group(1)), sentence, document));
			}
			Matcher between = BETWEEN.matcher(sentence.text());
			if (between.find()) {
				add(parties, described(between.group(1), null, sentence, document));
				add(parties, described(between.group(2), null, sentence, document));
			}
			Matcher number = ORGANISATION_NUMBER.matcher(sentence.text());
			while (number.find()) {
				String digits = number.group(1) + number.group(2);
				if (checks(digits) && !known(parties, formatted(number))) {
					String name = nameBefore(sentence.text().substring(0, number.start()));
					if (name != null) {
						add(parties, new Party(name, null, formatted(number), sentence.passage(document)));
					}
				}
			}
			if (parties.size() >= MAX_PARTIES) {
				break;
			}
		}
		return List.copyOf(parties.values());
	}

	/**
	 * A party from the words that name it: its name up to the first comma, parenthesis or
	 * organisation number, with the number and any role defined after it.
	 */
	private static @Nullable Party described(String words, @Nullable String role, Sentence sentence, String document) {
		String name = words
			.split("\\s*[,;(]|\\s+(?i:org\\.?\\s*nr|organisationsnummer|corporate identity)|\\s+\\d{6}[-–]\\d{4}", 2)[0]
			.strip();
		name = name.replaceAll("[.:\\s]+$", "");
		if (name.length() < 2 || name.length() > MAX_NAME_LENGTH || !Character.isUpperCase(name.charAt(0))) {
			return null;
		}
		String number = null;
		Matcher numbers = ORGANISATION_NUMBER.matcher(words);
		if (numbers.find() && checks(numbers.group(1) + numbers.group(2))) {
			number = formatted(numbers);
		}
		Matcher defined = DEFINED_ROLE.matcher(words);
		String definedRole = defined.find() ? defined.group(1) : null;
		return new Party(name, (definedRole != null) ? definedRole : role, number, sentence.passage(document));
	}

	private static @Nullable String nameBefore(String before) {
		String words = NUMBER_LABEL.matcher(before).replaceFirst("");
		Matcher start = NAME_START.matcher(words);
		String name = (start.find() ? words.substring(start.end()) : words).strip();
		if (name.length() < 2 || name.length() > MAX_NAME_LENGTH || !Character.isUpperCase(name.charAt(0))) {
			return null;
		}
		return name;
	}

	private static void add(Map<String, Party> parties, @Nullable Party party) {
		if (party == null) {
			return;
		}
		String key = party.name().toLowerCase(Locale.ROOT);
		Party known = parties.get(key);
		if (known == null) {
			parties.put(key, party);
			return;
		}
		parties.put(key,
				new Party(known.name(), (known.role() != null) ? known.role() : party.role(),
						(known.organisationNumber() != null) ? known.organisationNumber() : party.organisationNumber(),
						known.source()));
	}

	private static boolean known(Map<String, Party> parties, String number) {
		return parties.values().stream().anyMatch(party -> number.equals(party.organisationNumber()));
	}

	private static String formatted(Matcher number) {
		return number.group(1) + "-" + number.group(2);
	}

	private static @Nullable String capitalised(String role) {
		return role.substring(0, 1).toUpperCase(Locale.ROOT) + role.substring(1).toLowerCase(Locale.ROOT);
	}

	/** The Luhn check every Swedish organisation and identity number carries. */
	static boolean checks(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < tenDigits.length(); i++) {
			int digit = tenDigits.charAt(i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
