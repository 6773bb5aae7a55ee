package se.postboxen.kollegan.procurement;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How the buyer's documents say bids are compared.
 *
 * @param priceWeight the price's share of the score in percent (price-quality models)
 * @param priceFloor the price that gets the full price score (absolute scoring)
 * @param priceCeiling the price that gets no price score (absolute scoring)
 */
public record EvaluationTerms(EvaluationModel model, @Nullable BigDecimal priceWeight, @Nullable BigDecimal priceFloor,
		@Nullable BigDecimal priceCeiling) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public EvaluationTerms {
		boolean weighted = model == EvaluationModel.PRICE_QUALITY_RELATIVE
				|| model == EvaluationModel.PRICE_QUALITY_ABSOLUTE;
		if (weighted && (priceWeight == null || priceWeight.signum() <= 0 || priceWeight.compareTo(HUNDRED) > 0)) {
			throw new IllegalArgumentException("The price weight is more than 0 and at most 100 per cent");
		}
		if (model == EvaluationModel.PRICE_QUALITY_ABSOLUTE && (priceFloor == null || priceCeiling == null
				|| priceFloor.signum() < 0 || priceCeiling.compareTo(priceFloor) <= 0)) {
			throw new IllegalArgumentException("Absolute scoring needs a floor below its ceiling");
		}
	}

	public static EvaluationTerms lowestPrice() {
		return new EvaluationTerms(EvaluationModel.LOWEST_PRICE, null, null, null);
	}

	public static EvaluationTerms valueAdded() {
		return new EvaluationTerms(EvaluationModel.VALUE_ADDED, null, null, null);
	}

	public static EvaluationTerms relative(String priceWeight) {
		return new EvaluationTerms(EvaluationModel.PRICE_QUALITY_RELATIVE, new BigDecimal(priceWeight), null, null);
	}

	public static EvaluationTerms absolute(String priceWeight, String floor, String ceiling) {
		return new EvaluationTerms(EvaluationModel.PRICE_QUALITY_ABSOLUTE, new BigDecimal(priceWeight),
				new BigDecimal(floor), new BigDecimal(ceiling));
	}

}
