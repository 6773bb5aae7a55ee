package se.postboxen.kollegan.procurement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Ranks bids under an evaluation model and works out how sensitive the first place is to
 * price. Money stays in exact decimals; a division is carried to 34 digits and only the
 * result is rounded: totals to ten decimals, price scores to four for reading, prices to
 * whole öre in the direction that makes the stated change enough.
 */
public final class BidEvaluation {

	/** The full score of price and of quality under the price-quality models. */
	public static final BigDecimal MAX_SCORE = BigDecimal.TEN;

	public static final int MAX_BIDS = 20;

	private static final MathContext PRECISION = MathContext.DECIMAL128;

	/** Price scores as shown. */
	private static final int SCORE_SCALE = 4;

	/**
	 * Totals as ranked: fine enough that one öre on a price moves the order, coarse
	 * enough that equal scores reached by different divisions stay equal.
	 */
	private static final int TOTAL_SCALE = 10;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public Evaluation evaluate(EvaluationTerms terms, List<Bid> bids) {
		if (bids.isEmpty() || bids.size() > MAX_BIDS) {
			throw new IllegalArgumentException("1 to " + MAX_BIDS + " bids");
		}
		if (scored(terms) && bids.stream().anyMatch(bid -> bid.quality().compareTo(MAX_SCORE) > 0)) {
			throw new IllegalArgumentException("A quality score is at most " + MAX_SCORE);
		}
		List<RankedBid> ranking = rank(terms, bids);
		boolean tie = ranking.size() > 1 && ranking.get(1).rank() == 1;
		Caveat caveat = tie ? Caveat.TIE : (terms.model() == EvaluationModel.PRICE_QUALITY_RELATIVE && bids.size() > 2)
				? Caveat.RELATIVE_RANK_REVERSAL : null;
		Basis basis = new Basis(RuleRef.model(terms.model()), Certainty.CERTAIN, caveat);
		if (ranking.size() < 2 || tie) {
			return new Evaluation(terms, ranking, basis, null, null);
		}
		Bid winner = ranking.get(0).bid();
		Bid runnerUp = ranking.get(1).bid();
		return new Evaluation(terms, ranking, basis, runnerUpLowers(terms, bids, runnerUp),
				winnerRaises(terms, bids, winner));
	}

	private static boolean scored(EvaluationTerms terms) {
		return terms.model() == EvaluationModel.PRICE_QUALITY_RELATIVE
				|| terms.model() == EvaluationModel.PRICE_QUALITY_ABSOLUTE;
	}

	static List<RankedBid> rank(EvaluationTerms terms, List<Bid> bids) {
		BigDecimal lowest = bids.stream().map(Bid::price).min(Comparator.naturalOrder()).orElseThrow();
		List<RankedBid> unranked = new ArrayList<>();
		for (Bid bid : bids) {
			BigDecimal priceScore = priceScore(terms, bid.price(), lowest);
			BigDecimal total = (priceScore == null) ? comparisonPrice(terms, bid)
					: weighted(terms, priceScore, bid.quality()).setScale(TOTAL_SCALE, RoundingMode.HALF_UP);
			unranked.add(new RankedBid(0, bid,
					(priceScore != null) ? priceScore.setScale(SCORE_SCALE, RoundingMode.HALF_UP) : null, total));
		}
		Comparator<RankedBid> best = scored(terms) ? Comparator.comparing(RankedBid::total).reversed()
				: Comparator.comparing(RankedBid::total);
		List<RankedBid> sorted = unranked.stream().sorted(best).toList();
		List<RankedBid> ranked = new ArrayList<>();
		for (RankedBid bid : sorted) {
			int better = (int) sorted.stream().filter(other -> best.compare(other, bid) < 0).count();
			ranked.add(new RankedBid(better + 1, bid.bid(), bid.priceScore(), bid.total()));
		}
		return ranked;
	}

	private static BigDecimal comparisonPrice(EvaluationTerms terms, Bid bid) {
		return (terms.model() == EvaluationModel.VALUE_ADDED) ? bid.price().subtract(bid.quality()) : bid.price();
	}

	private static @Nullable BigDecimal priceScore(EvaluationTerms terms, BigDecimal price, BigDecimal lowest) {
		return switch (terms.model()) {
			case PRICE_QUALITY_RELATIVE -> MAX_SCORE.multiply(lowest).divide(price, PRECISION);
			case PRICE_QUALITY_ABSOLUTE -> absoluteScore(terms, price);
			default -> null;
		};
	}

	private static BigDecimal absoluteScore(EvaluationTerms terms, BigDecimal price) {
		BigDecimal floor = required(terms.priceFloor());
		BigDecimal ceiling = required(terms.priceCeiling());
		BigDecimal score = MAX_SCORE.multiply(ceiling.subtract(price)).divide(ceiling.subtract(floor), PRECISION);
		return score.max(BigDecimal.ZERO).min(MAX_SCORE);
	}

	private static BigDecimal weighted(EvaluationTerms terms, BigDecimal priceScore, BigDecimal quality) {
		return priceWeight(terms).multiply(priceScore).add(qualityWeight(terms).multiply(quality));
	}

	/** The price's share as a fraction. */
	private static BigDecimal priceWeight(EvaluationTerms terms) {
		return required(terms.priceWeight()).divide(HUNDRED, PRECISION);
	}

	private static BigDecimal qualityWeight(EvaluationTerms terms) {
		return BigDecimal.ONE.subtract(priceWeight(terms));
	}

	private static BigDecimal required(@Nullable BigDecimal value) {
		if (value == null) {
			throw new IllegalStateException("The terms were checked to have it");
		}
		return value;
	}

	/**
	 * The runner-up draws level with the first place at the highest price at which it is
	 * level with every other bid: against each, its lead grows as its price falls, so the
	 * lowest of those prices is the one.
	 */
	private static Sensitivity runnerUpLowers(EvaluationTerms terms, List<Bid> bids, Bid runnerUp) {
		BigDecimal level = null;
		boolean possible = true;
		for (Bid other : bids) {
			if (other == runnerUp) {
				continue;
			}
			Limit against = levelBelow(terms, bids, runnerUp, other);
			if (against.impossible()) {
				possible = false;
			}
			else if (against.price() != null && (level == null || against.price().compareTo(level) < 0)) {
				level = against.price();
			}
		}
		Basis basis = Basis.certain(RuleRef.model(terms.model()));
		if (!possible || level == null || level.signum() <= 0) {
			return new Sensitivity(runnerUp.bidder(), true, null, null, null,
					Basis.certain(basis.rule(), Caveat.PRICE_CANNOT_FLIP));
		}
		BigDecimal price = level.setScale(2, RoundingMode.FLOOR);
		BigDecimal change = runnerUp.price().subtract(price);
		return new Sensitivity(runnerUp.bidder(), true, change, percent(change, runnerUp.price()), price, basis);
	}

	/**
	 * The winner is caught at the lowest price at which any other bid draws level with
	 * it.
	 */
	private static Sensitivity winnerRaises(EvaluationTerms terms, List<Bid> bids, Bid winner) {
		BigDecimal level = null;
		for (Bid other : bids) {
			if (other == winner) {
				continue;
			}
			BigDecimal caught = levelAbove(terms, bids, winner, other);
			if (caught != null && (level == null || caught.compareTo(level) < 0)) {
				level = caught;
			}
		}
		Basis basis = Basis.certain(RuleRef.model(terms.model()));
		if (level == null) {
			return new Sensitivity(winner.bidder(), false, null, null, null,
					Basis.certain(basis.rule(), Caveat.PRICE_CANNOT_FLIP));
		}
		BigDecimal price = level.setScale(2, RoundingMode.CEILING);
		BigDecimal change = price.subtract(winner.price());
		return new Sensitivity(winner.bidder(), false, change, percent(change, winner.price()), price, basis);
	}

	/**
	 * The highest price at which {@code mover} is level with {@code other}, or no limit
	 * (it never falls behind that one), or impossible by price alone.
	 */
	private record Limit(@Nullable BigDecimal price, boolean impossible) {

		static final Limit NONE = new Limit(null, false);

		static final Limit IMPOSSIBLE = new Limit(null, true);

		static Limit at(BigDecimal price) {
			return (price.signum() > 0) ? new Limit(price, false) : IMPOSSIBLE;
		}

	}

	private static Limit levelBelow(EvaluationTerms terms, List<Bid> bids, Bid mover, Bid other) {
		switch (terms.model()) {
			case LOWEST_PRICE:
				return Limit.at(other.price());
			case VALUE_ADDED:
				return Limit.at(other.price().subtract(other.quality()).add(mover.quality()));
			case PRICE_QUALITY_ABSOLUTE: {
				BigDecimal otherTotal = weighted(terms, absoluteScore(terms, other.price()), other.quality());
				BigDecimal needed = otherTotal.subtract(qualityWeight(terms).multiply(mover.quality()))
					.divide(priceWeight(terms), PRECISION);
				if (needed.compareTo(MAX_SCORE) > 0) {
					return Limit.IMPOSSIBLE;
				}
				return (needed.signum() <= 0) ? Limit.NONE : Limit.at(priceAtScore(terms, needed));
			}
			default:
				return relativeLevelBelow(terms, bids, mover, other);
		}
	}

	/**
	 * Relative scoring, the mover lowering its price x. While x stays at or above the
	 * lowest other price m, only the mover's score changes; below m the mover has the
	 * full price score and every other score falls with x.
	 */
	private static Limit relativeLevelBelow(EvaluationTerms terms, List<Bid> bids, Bid mover, Bid other) {
		BigDecimal full = priceWeight(terms).multiply(MAX_SCORE);
		BigDecimal m = lowestExcept(bids, mover);
		if (mover.price().compareTo(m) >= 0) {
			BigDecimal otherAtM = full.multiply(m)
				.divide(other.price(), PRECISION)
				.add(qualityWeight(terms).multiply(other.quality()));
			BigDecimal gap = otherAtM.subtract(qualityWeight(terms).multiply(mover.quality()));
			if (gap.signum() <= 0) {
				return Limit.NONE;
			}
			BigDecimal x = full.multiply(m).divide(gap, PRECISION);
			if (x.compareTo(m) >= 0) {
				return Limit.at(x);
			}
		}
		BigDecimal x = other.price()
			.multiply(full.add(qualityWeight(terms).multiply(mover.quality().subtract(other.quality()))))
			.divide(full, PRECISION);
		return (x.compareTo(mover.price()) >= 0) ? Limit.NONE : Limit.at(x.min(m));
	}

	/**
	 * The lowest price at which {@code other} draws level with {@code mover} raising its.
	 */
	private static @Nullable BigDecimal levelAbove(EvaluationTerms terms, List<Bid> bids, Bid mover, Bid other) {
		switch (terms.model()) {
			case LOWEST_PRICE:
				return other.price();
			case VALUE_ADDED:
				return other.price().subtract(other.quality()).add(mover.quality());
			case PRICE_QUALITY_ABSOLUTE: {
				BigDecimal otherTotal = weighted(terms, absoluteScore(terms, other.price()), other.quality());
				BigDecimal allowed = otherTotal.subtract(qualityWeight(terms).multiply(mover.quality()))
					.divide(priceWeight(terms), PRECISION);
				return (allowed.signum() < 0) ? null : priceAtScore(terms, allowed.min(MAX_SCORE));
			}
			default:
				return relativeLevelAbove(terms, bids, mover, other);
		}
	}

	/**
	 * Relative scoring, the mover raising its price y. While y stays at or below the
	 * lowest other price m the mover keeps the full price score and the others' scores
	 * rise with y; above m only the mover's score falls.
	 */
	private static @Nullable BigDecimal relativeLevelAbove(EvaluationTerms terms, List<Bid> bids, Bid mover,
			Bid other) {
		BigDecimal full = priceWeight(terms).multiply(MAX_SCORE);
		BigDecimal m = lowestExcept(bids, mover);
		if (mover.price().compareTo(m) <= 0) {
			BigDecimal moverFull = full.add(qualityWeight(terms).multiply(mover.quality()));
			BigDecimal y = other.price()
				.multiply(moverFull.subtract(qualityWeight(terms).multiply(other.quality())))
				.divide(full, PRECISION);
			if (y.compareTo(m) <= 0) {
				return y;
			}
		}
		BigDecimal otherAtM = full.multiply(m)
			.divide(other.price(), PRECISION)
			.add(qualityWeight(terms).multiply(other.quality()));
		BigDecimal room = otherAtM.subtract(qualityWeight(terms).multiply(mover.quality()));
		return (room.signum() <= 0) ? null : full.multiply(m).divide(room, PRECISION);
	}

	private static BigDecimal lowestExcept(List<Bid> bids, Bid except) {
		return bids.stream().filter(bid -> bid != except).map(Bid::price).min(Comparator.naturalOrder()).orElseThrow();
	}

	/** Absolute scoring: the price that earns the score. */
	private static BigDecimal priceAtScore(EvaluationTerms terms, BigDecimal score) {
		BigDecimal floor = required(terms.priceFloor());
		BigDecimal ceiling = required(terms.priceCeiling());
		return ceiling.subtract(score.multiply(ceiling.subtract(floor)).divide(MAX_SCORE, PRECISION));
	}

	private static BigDecimal percent(BigDecimal change, BigDecimal of) {
		return change.multiply(HUNDRED).divide(of, 2, RoundingMode.HALF_UP);
	}

}
