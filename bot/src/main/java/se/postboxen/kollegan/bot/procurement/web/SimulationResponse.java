package se.postboxen.kollegan.bot.procurement.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import se.postboxen.kollegan.procurement.Basis;
import se.postboxen.kollegan.procurement.Caveat;
import se.postboxen.kollegan.procurement.Evaluation;
import se.postboxen.kollegan.procurement.ProcedureOption;
import se.postboxen.kollegan.procurement.RankedBid;
import se.postboxen.kollegan.procurement.RuleRef;
import se.postboxen.kollegan.procurement.Sensitivity;
import se.postboxen.kollegan.procurement.Simulation;
import se.postboxen.kollegan.procurement.Threshold;
import se.postboxen.kollegan.procurement.ThresholdFinding;
import se.postboxen.kollegan.procurement.TimeLimit;
import se.postboxen.kollegan.procurement.TimelineStep;

/**
 * What the simulation endpoint answers. Every figure carries its basis: the rule (with
 * its source where known), the certainty, and a caveat by code and in the caller's
 * language (Accept-Language; Swedish by default).
 */
record SimulationResponse(String law, String regime, BasisJson regimeBasis, List<ThresholdJson> thresholds,
		List<ProcedureJson> procedures, List<TimeLimitJson> timeLimits, String timelineProcedure,
		List<StepJson> timeline, @Nullable EvaluationJson evaluation) {

	/**
	 * @param text the citation for a provision or threshold, the model's formula or the
	 * input's name otherwise
	 */
	record RuleJson(String kind, String citation, @Nullable URI source, String text) {

	}

	record CaveatJson(String code, String text) {

	}

	record BasisJson(RuleJson rule, String certainty, @Nullable CaveatJson caveat) {

	}

	/**
	 * @param reached whether the value reaches (or exceeds) the limit; absent if unknown
	 */
	record ThresholdJson(String kind, @Nullable BigDecimal amountSek, @Nullable BigDecimal amountEur,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable Boolean reached, BasisJson basis) {

	}

	record ProcedureJson(String procedure, boolean conditional, BasisJson basis) {

	}

	record TimeLimitJson(String procedure, String deadline, @Nullable Integer days, @Nullable String reducedBy,
			BasisJson basis) {

	}

	record StepJson(String milestone, @Nullable LocalDate date, BasisJson basis) {

	}

	/**
	 * @param total the weighted score, or the comparison price in SEK
	 */
	record BidJson(int rank, String bidder, BigDecimal price, BigDecimal quality, @Nullable BigDecimal priceScore,
			BigDecimal total) {

	}

	/**
	 * @param direction {@code lower} for the runner-up, {@code raise} for the winner
	 */
	record SensitivityJson(String bidder, String direction, @Nullable BigDecimal changeSek,
			@Nullable BigDecimal changePercent, @Nullable BigDecimal levelPrice, BasisJson basis) {

	}

	record EvaluationJson(String model, List<BidJson> ranking, BasisJson basis, @Nullable SensitivityJson runnerUp,
			@Nullable SensitivityJson winner) {

	}

	static SimulationResponse of(Simulation simulation, @Nullable Evaluation evaluation, Words words) {
		return new SimulationResponse(simulation.procurementCase().law().name(), simulation.regime().name(),
				words.basis(simulation.regimeBasis()),
				simulation.thresholds().stream().map(found -> threshold(found, words)).toList(),
				simulation.procedures().stream().map(option -> procedure(option, words)).toList(),
				simulation.timeLimits().stream().map(limit -> timeLimit(limit, words)).toList(),
				simulation.procedure().name(), simulation.timeline().stream().map(step -> step(step, words)).toList(),
				(evaluation != null) ? evaluation(evaluation, words) : null);
	}

	private static ThresholdJson threshold(ThresholdFinding found, Words words) {
		Threshold threshold = found.threshold();
		return new ThresholdJson(found.kind().name(), (threshold != null) ? threshold.amountSek() : null,
				(threshold != null) ? threshold.amountEur() : null, (threshold != null) ? threshold.validFrom() : null,
				(threshold != null) ? threshold.validTo() : null, found.reached(), words.basis(found.basis()));
	}

	private static ProcedureJson procedure(ProcedureOption option, Words words) {
		return new ProcedureJson(option.procedure().name(), option.conditional(), words.basis(option.basis()));
	}

	private static TimeLimitJson timeLimit(TimeLimit limit, Words words) {
		return new TimeLimitJson(limit.procedure().name(), limit.deadline().name(), limit.days(),
				(limit.reducedBy() != null) ? limit.reducedBy().name() : null, words.basis(limit.basis()));
	}

	private static StepJson step(TimelineStep step, Words words) {
		return new StepJson(step.milestone().name(), step.date(), words.basis(step.basis()));
	}

	private static EvaluationJson evaluation(Evaluation evaluation, Words words) {
		return new EvaluationJson(evaluation.terms().model().name(),
				evaluation.ranking().stream().map(SimulationResponse::bid).toList(), words.basis(evaluation.basis()),
				sensitivity(evaluation.runnerUp(), words), sensitivity(evaluation.winner(), words));
	}

	private static BidJson bid(RankedBid ranked) {
		return new BidJson(ranked.rank(), ranked.bid().bidder(), ranked.bid().price(), ranked.bid().quality(),
				ranked.priceScore(), ranked.total());
	}

	private static @Nullable SensitivityJson sensitivity(@Nullable Sensitivity sensitivity, Words words) {
		if (sensitivity == null) {
			return null;
		}
		return new SensitivityJson(sensitivity.bidder(), sensitivity.lower() ? "lower" : "raise",
				sensitivity.changeSek(), sensitivity.changePercent(), sensitivity.level(),
				words.basis(sensitivity.basis()));
	}

	/** The dashboard's texts for rules and caveats, in one language. */
	record Words(MessageSource messages, Locale locale) {

		BasisJson basis(Basis basis) {
			Caveat caveat = basis.caveat();
			return new BasisJson(rule(basis.rule()), basis.certainty().name(), (caveat != null)
					? new CaveatJson(caveat.name(), message("procurement.caveat." + caveat.name())) : null);
		}

		RuleJson rule(RuleRef rule) {
			String text = switch (rule.kind()) {
				case MODEL -> message("procurement.rule.model." + rule.citation());
				case INPUT -> message("procurement.rule.input." + rule.citation());
				default -> rule.citation();
			};
			return new RuleJson(rule.kind().name(), rule.citation(), rule.source(), text);
		}

		String message(String code) {
			return this.messages.getMessage(code, null, this.locale);
		}

	}

}
