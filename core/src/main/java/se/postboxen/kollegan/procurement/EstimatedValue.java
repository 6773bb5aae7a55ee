package se.postboxen.kollegan.procurement;

import java.math.BigDecimal;

/**
 * A procurement's estimated value in SEK excluding VAT, options and extensions included,
 * as the thresholds are held against it.
 */
public record EstimatedValue(BigDecimal sek) implements Comparable<EstimatedValue> {

	public EstimatedValue {
		if (sek.signum() < 0 || sek.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("A value is zero or more, in whole öre");
		}
	}

	public static EstimatedValue sek(String amount) {
		return new EstimatedValue(new BigDecimal(amount));
	}

	/** At or above: the directives apply from the threshold itself. */
	boolean reaches(BigDecimal threshold) {
		return this.sek.compareTo(threshold) >= 0;
	}

	@Override
	public int compareTo(EstimatedValue other) {
		return this.sek.compareTo(other.sek);
	}

}
