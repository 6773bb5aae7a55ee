package se.postboxen.kollegan.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Sums of money with their currency, as Swedish and English documents write them: "1 250
 * 000 kronor", "1.250.000 kr", "50 000:-", "12,5 MSEK", "300 tkr", "SEK 1,250,000", "EUR
 * 10 000", "€10,000". A number without a currency is not an amount.
 */
final class AmountCues {

	static final int MAX_AMOUNTS = 100;

	private static final String NUMBER = "(\\d{1,3}(?:[ \\u00a0.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";

	private static final String SCALE = "(miljoner|miljon|miljarder|miljard|million|millions|billion|tusen|thousand|mn|m|k)?";

	/**
	 * A number, perhaps a scale, then the currency: "12,5 miljoner kronor", "50 000:-".
	 */
	private static final Pattern CURRENCY_AFTER = Pattern.compile(
			"(?<![\\p{L}\\d.,])" + NUMBER + "\\s?" + SCALE
					+ "\\s?(msek|mnkr|mkr|mdkr|tkr|kronor|kr\\b\\.?|sek|:-|eur|euro|€|usd|dollars?)(?![\\p{L}])",
			Pattern.UNICODE_CHARACTER_CLASS);

	/** The currency first: "SEK 1 250 000", "€10,000", "EUR 2 million". */
	private static final Pattern CURRENCY_BEFORE = Pattern.compile(
			"(?<![\\p{L}])(sek|eur|usd|€|\\$)\\s?" + NUMBER
					+ "(?:\\s?(miljoner|miljon|miljarder|miljard|million|millions|billion|tusen|thousand|mn|m|k)\\b)?",
			Pattern.UNICODE_CHARACTER_CLASS);

	private AmountCues() {
	}

	static List<Amount> in(String document, List<Sentence> sentences) {
		List<Amount> amounts = new ArrayList<>();
		for (Sentence sentence : sentences) {
			List<Found> found = new ArrayList<>();
			Matcher after = CURRENCY_AFTER.matcher(sentence.lower());
			while (after.find()) {
				found.add(new Found(after.start(), after.end(), amount(sentence, document, after.start(), after.end(),
						after.group(1), after.group(2), after.group(3))));
			}
			Matcher before = CURRENCY_BEFORE.matcher(sentence.lower());
			while (before.find()) {
				found.add(new Found(before.start(), before.end(), amount(sentence, document, before.start(),
						before.end(), before.group(2), before.group(3), before.group(1))));
			}
			found.sort(Comparator.comparingInt(Found::start));
			int end = -1;
			for (Found amount : found) {
				if (amount.start() >= end) {
					amounts.add(amount.amount());
					end = amount.end();
				}
				if (amounts.size() >= MAX_AMOUNTS) {
					return List.copyOf(amounts);
				}
			}
		}
		return List.copyOf(amounts);
	}

	private static Amount amount(Sentence sentence, String document, int start, int end, String number,
			@Nullable String scale, String currency) {
		BigDecimal value = number(number).multiply(scale(scale, currency));
		value = value.stripTrailingZeros();
		if (value.scale() < 0) {
			value = value.setScale(0);
		}
		return new Amount(value, currency(currency), sentence.words(start, end).strip(), sentence.passage(document));
	}

	/**
	 * The number as written, Swedish or English: a separator followed by one or two
	 * digits at the end is the decimal point; every other separator groups thousands.
	 */
	static BigDecimal number(String written) {
		String digits = written.replace('\u00a0', ' ');
		Matcher decimals = Pattern.compile("[.,](\\d{1,2})$").matcher(digits);
		String fraction = "";
		if (decimals.find()) {
			fraction = decimals.group(1);
			digits = digits.substring(0, decimals.start());
		}
		String whole = digits.replaceAll("[ .,]", "");
		return new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
	}

	private static BigDecimal scale(@Nullable String scale, String currency) {
		String word = (scale != null) ? scale : "";
		if (currency.equals("msek") || currency.equals("mnkr") || currency.equals("mkr")
				|| word.startsWith("milj") && !word.startsWith("miljard") || word.startsWith("million")
				|| word.equals("mn") || word.equals("m")) {
			return BigDecimal.valueOf(1_000_000);
		}
		if (currency.equals("mdkr") || word.startsWith("miljard") || word.equals("billion")) {
			return BigDecimal.valueOf(1_000_000_000);
		}
		if (currency.equals("tkr") || word.equals("tusen") || word.equals("thousand") || word.equals("k")) {
			return BigDecimal.valueOf(1_000);
		}
		return BigDecimal.ONE;
	}

	private static String currency(String written) {
		if (written.startsWith("eur") || written.equals("€")) {
			return "EUR";
		}
		if (written.startsWith("usd") || written.startsWith("dollar") || written.equals("$")) {
			return "USD";
		}
		return "SEK";
	}

	private record Found(int start, int end, Amount amount) {

	}

}
