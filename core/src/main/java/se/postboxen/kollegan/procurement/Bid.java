package se.postboxen.kollegan.procurement;

import java.math.BigDecimal;

/**
 * One bid as evaluated.
 *
 * @param bidder who bid, as the buyer names them
 * @param price the evaluated price in SEK
 * @param quality the quality score (0 to {@link BidEvaluation#MAX_SCORE}) under the
 * price-quality models, the quality value in SEK under the value-added model; not used
 * for the lowest price
 */
public record Bid(String bidder, BigDecimal price, BigDecimal quality) {

	public Bid {
		if (bidder.isBlank()) {
			throw new IllegalArgumentException("A bid names its bidder");
		}
		if (price.signum() <= 0) {
			throw new IllegalArgumentException("A price is more than zero");
		}
		if (quality.signum() < 0) {
			throw new IllegalArgumentException("Quality is zero or more");
		}
	}

	Bid withPrice(BigDecimal newPrice) {
		return new Bid(this.bidder, newPrice, this.quality);
	}

}
