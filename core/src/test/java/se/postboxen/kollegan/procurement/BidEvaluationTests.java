package se.postboxen.kollegan.procurement;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Worked examples, each computed by hand in its comment. */
class BidEvaluationTests {

	final BidEvaluation evaluation = new BidEvaluation();

	static Bid bid(String bidder, String price, String quality) {
		return new Bid(bidder, new BigDecimal(price), new BigDecimal(quality));
	}

	private static List<String> order(Evaluation evaluation) {
		return evaluation.ranking().stream().map(ranked -> ranked.bid().bidder()).toList();
	}

	@Test
	void theLowestPriceWinsAndTheGapIsTheSensitivity() {
		// B 950 000 < A 1 000 000 < C 1 200 000. A draws level 50 000 lower (5,00 % of
		// 1 000 000); B may rise 50 000 (5,26 % of 950 000).
		Evaluation result = this.evaluation.evaluate(EvaluationTerms.lowestPrice(),
				List.of(bid("A", "1000000", "0"), bid("B", "950000", "0"), bid("C", "1200000", "0")));

		assertThat(order(result)).containsExactly("B", "A", "C");
		assertThat(result.runnerUp().bidder()).isEqualTo("A");
		assertThat(result.runnerUp().changeSek()).isEqualByComparingTo("50000");
		assertThat(result.runnerUp().changePercent()).isEqualByComparingTo("5.00");
		assertThat(result.winner().bidder()).isEqualTo("B");
		assertThat(result.winner().changeSek()).isEqualByComparingTo("50000");
		assertThat(result.winner().changePercent()).isEqualByComparingTo("5.26");
		assertThat(result.basis().rule().kind()).isEqualTo(RuleRef.Kind.MODEL);
	}

	@Test
	void theValueAddedModelTakesTheQualityValueOffThePrice() {
		// A: 1 000 000 − 150 000 = 850 000; B: 900 000 − 20 000 = 880 000. A wins by
		// 30 000: B must go 30 000 lower (3,33 % of 900 000), A may rise 30 000 (3,00 %).
		Evaluation result = this.evaluation.evaluate(EvaluationTerms.valueAdded(),
				List.of(bid("A", "1000000", "150000"), bid("B", "900000", "20000")));

		assertThat(order(result)).containsExactly("A", "B");
		assertThat(result.ranking().get(0).total()).isEqualByComparingTo("850000");
		assertThat(result.ranking().get(1).total()).isEqualByComparingTo("880000");
		assertThat(result.runnerUp().changeSek()).isEqualByComparingTo("30000");
		assertThat(result.runnerUp().level()).isEqualByComparingTo("870000");
		assertThat(result.runnerUp().changePercent()).isEqualByComparingTo("3.33");
		assertThat(result.winner().changeSek()).isEqualByComparingTo("30000");
		assertThat(result.winner().changePercent()).isEqualByComparingTo("3.00");
	}

	@Test
	void relativeScoringAndAPriceCutThatFlipsTheWinner() {
		// Price 60 %, quality 40 %, lowest price 80 000 gets 10.
		// A: 10 × 80 000 / 100 000 = 8 → 0,6 × 8 + 0,4 × 8 = 8,0.
		// B: 10 → 0,6 × 10 + 0,4 × 4 = 7,6. A wins.
		// B is already cheapest, so cutting its price lowers A's price score: level when
		// 0,6 × 10 × x / 100 000 + 3,2 = 7,6, x = 73 333,33…, floored to 73 333,33:
		// 6 666,67 kr, 8,33 % of 80 000.
		// A raising its price y above 80 000: 0,6 × 10 × 80 000 / y + 3,2 = 7,6,
		// y = 109 090,90…, ceiled to 109 090,91: 9 090,91 kr, 9,09 % of 100 000.
		List<Bid> bids = List.of(bid("A", "100000", "8"), bid("B", "80000", "4"));
		Evaluation result = this.evaluation.evaluate(EvaluationTerms.relative("60"), bids);

		assertThat(order(result)).containsExactly("A", "B");
		assertThat(result.ranking().get(0).total()).isEqualByComparingTo("8.0");
		assertThat(result.ranking().get(0).priceScore()).isEqualByComparingTo("8");
		assertThat(result.ranking().get(1).total()).isEqualByComparingTo("7.6");
		assertThat(result.runnerUp().level()).isEqualByComparingTo("73333.33");
		assertThat(result.runnerUp().changeSek()).isEqualByComparingTo("6666.67");
		assertThat(result.runnerUp().changePercent()).isEqualByComparingTo("8.33");
		assertThat(result.winner().level()).isEqualByComparingTo("109090.91");
		assertThat(result.winner().changeSek()).isEqualByComparingTo("9090.91");
		assertThat(result.winner().changePercent()).isEqualByComparingTo("9.09");

		// At the stated price B is first; one krona more and A still is.
		Evaluation flipped = this.evaluation.evaluate(EvaluationTerms.relative("60"),
				List.of(bid("A", "100000", "8"), bid("B", "73333.33", "4")));
		Evaluation notYet = this.evaluation.evaluate(EvaluationTerms.relative("60"),
				List.of(bid("A", "100000", "8"), bid("B", "73334.33", "4")));
		assertThat(order(flipped)).containsExactly("B", "A");
		assertThat(order(notYet)).containsExactly("A", "B");
	}

	@Test
	void absoluteScoringUsesTheFloorAndCeiling() {
		// Price 50 %, full score at 500 000, none at 1 500 000.
		// A: 10 × (1 500 000 − 900 000) / 1 000 000 = 6 → 0,5 × 6 + 0,5 × 6 = 6,0.
		// B: 8 → 0,5 × 8 + 0,5 × 3 = 5,5.
		// B needs a price score of (6,0 − 1,5) / 0,5 = 9: price 600 000, 100 000 lower
		// (14,29 % of 700 000). A may fall to (5,5 − 3) / 0,5 = 5: price 1 000 000,
		// 100 000 higher (11,11 % of 900 000).
		Evaluation result = this.evaluation.evaluate(EvaluationTerms.absolute("50", "500000", "1500000"),
				List.of(bid("A", "900000", "6"), bid("B", "700000", "3")));

		assertThat(order(result)).containsExactly("A", "B");
		assertThat(result.runnerUp().level()).isEqualByComparingTo("600000");
		assertThat(result.runnerUp().changePercent()).isEqualByComparingTo("14.29");
		assertThat(result.winner().level()).isEqualByComparingTo("1000000");
		assertThat(result.winner().changePercent()).isEqualByComparingTo("11.11");
	}

	@Test
	void saysWhenNoPriceCanChangeTheOrder() {
		// Price 10 %: A 0,1 × 6 + 0,9 × 10 = 9,6; B 0,1 × 8 + 0 = 0,8. Even a full price
		// score gives B 1,0.
		Evaluation result = this.evaluation.evaluate(EvaluationTerms.absolute("10", "500000", "1500000"),
				List.of(bid("A", "900000", "10"), bid("B", "700000", "0")));

		assertThat(result.runnerUp().changeSek()).isNull();
		assertThat(result.runnerUp().basis().caveat()).isEqualTo(Caveat.PRICE_CANNOT_FLIP);
	}

	@Test
	void equalBidsShareTheFirstPlaceAndTheDocumentsDecide() {
		Evaluation result = this.evaluation.evaluate(EvaluationTerms.lowestPrice(),
				List.of(bid("A", "500000", "0"), bid("B", "500000.00", "0")));

		assertThat(result.ranking()).extracting(RankedBid::rank).containsExactly(1, 1);
		assertThat(result.basis().caveat()).isEqualTo(Caveat.TIE);
		assertThat(result.runnerUp()).isNull();
	}

	@Test
	void refusesScoresAboveTheScaleAndWeightsOutsideIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.evaluation.evaluate(EvaluationTerms.relative("60"), List.of(bid("A", "1", "11"))));
		assertThatIllegalArgumentException().isThrownBy(() -> EvaluationTerms.relative("0"));
		assertThatIllegalArgumentException().isThrownBy(() -> EvaluationTerms.absolute("50", "10", "10"));
	}

}
