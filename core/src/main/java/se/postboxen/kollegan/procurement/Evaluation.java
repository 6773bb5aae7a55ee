package se.postboxen.kollegan.procurement;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The bids in order with what decided it.
 *
 * @param runnerUp how much the runner-up must lower its price to draw level; absent with
 * one bid or a tie
 * @param winner how much the winner may raise its price before another draws level
 */
public record Evaluation(EvaluationTerms terms, List<RankedBid> ranking, Basis basis, @Nullable Sensitivity runnerUp,
		@Nullable Sensitivity winner) {

	public Evaluation {
		ranking = List.copyOf(ranking);
	}

}
