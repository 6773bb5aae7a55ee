package se.postboxen.kollegan.bot.dashboard;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The simulator's figures as the reader writes them: kronor with spaces between thousands
 * and öre only when there are any, scores and per cents with their decimals.
 */
final class ProcurementFigures {

	private final MessageSource messages;

	private final Locale locale;

	ProcurementFigures(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	public String sek(BigDecimal amount) {
		return this.messages.getMessage("procurement.sek", new Object[] { number(amount) }, this.locale);
	}

	/** Euro and other plain amounts, without a currency. */
	public String number(BigDecimal amount) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		int decimals = (amount.stripTrailingZeros().scale() > 0) ? 2 : 0;
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(amount);
	}

	public String score(BigDecimal score) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(0);
		format.setMaximumFractionDigits(4);
		return format.format(score);
	}

	public String percent(BigDecimal percent) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(percent);
	}

}
