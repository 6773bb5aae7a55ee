package se.postboxen.kollegan.document;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A sum of money: "1 250 000 kronor", "12,5 MSEK", "EUR 10,000".
 *
 * @param value the sum in whole units of the currency, millions and thousands multiplied
 * out
 * @param currency {@code SEK}, {@code EUR} or {@code USD}
 * @param text as written
 * @param source the sentence it is in
 */
public record Amount(BigDecimal value, String currency, String text, Passage source) {

	public Amount {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(currency, "currency");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(source, "source");
	}

}
