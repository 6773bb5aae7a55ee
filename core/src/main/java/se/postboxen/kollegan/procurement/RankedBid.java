package se.postboxen.kollegan.procurement;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A bid's place.
 *
 * @param rank 1 for the best; equal bids share a rank
 * @param priceScore the price's score, 0 to {@link BidEvaluation#MAX_SCORE}
 * (price-quality models)
 * @param total what decides the order: the weighted score (higher wins) under the
 * price-quality models, the comparison price in SEK (lower wins) otherwise
 */
public record RankedBid(int rank, Bid bid, @Nullable BigDecimal priceScore, BigDecimal total) {

}
