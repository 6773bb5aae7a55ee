package se.postboxen.kollegan.procurement;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One dated limit as published: for whom and what, in SEK and (for an EU threshold) in
 * euro, when it is in force, on what legal basis and where that was published. A period
 * whose SEK value is not yet on record keeps its euro amount and no SEK amount.
 *
 * @param validTo the last day it is in force, inclusive; absent while open-ended
 */
public record Threshold(ThresholdKind kind, BuyerType buyer, ContractType contract, @Nullable BigDecimal amountSek,
		@Nullable BigDecimal amountEur, LocalDate validFrom, @Nullable LocalDate validTo, String legalBasis,
		URI source) {

	public Threshold {
		if (amountSek == null && amountEur == null) {
			throw new IllegalArgumentException("A threshold has an amount");
		}
		if (validTo != null && validTo.isBefore(validFrom)) {
			throw new IllegalArgumentException("A threshold ends after it begins");
		}
		if (legalBasis.isBlank()) {
			throw new IllegalArgumentException("A threshold names its legal basis");
		}
	}

	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(this.validFrom) && (this.validTo == null || !date.isAfter(this.validTo));
	}

	public boolean appliesTo(ThresholdKind kind, BuyerType buyer, ContractType contract) {
		return this.kind == kind && this.buyer == buyer && this.contract == contract;
	}

}
