package se.postboxen.kollegan.bot.procurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.bot.web.constraints.SingleLine;
import se.postboxen.kollegan.procurement.Bid;
import se.postboxen.kollegan.procurement.BidEvaluation;
import se.postboxen.kollegan.procurement.BuyerType;
import se.postboxen.kollegan.procurement.ContractType;
import se.postboxen.kollegan.procurement.EstimatedValue;
import se.postboxen.kollegan.procurement.EvaluationModel;
import se.postboxen.kollegan.procurement.EvaluationTerms;
import se.postboxen.kollegan.procurement.Procedure;
import se.postboxen.kollegan.procurement.ProcurementCase;

/**
 * A procurement to simulate, as the API takes it. Bean Validation mirrors the rules of
 * core's records; what depends on more than one field is checked by
 * {@link #crossFieldErrors()}.
 *
 * @param estimatedValueSek SEK excluding VAT, options and extensions included
 * @param procurementDate the day the notice is sent
 * @param procedure the procedure to draw the timeline for; absent for the usual one
 * @param electronicSubmission tenders are received electronically (default no)
 * @param priorInformationNotice a prior information notice was published (default no)
 * @param urgency the buyer can substantiate urgency (default no)
 * @param electronicNotice the award decision is sent electronically (default yes)
 * @param tenderDays the tender period the buyer means to give, if any
 * @param selectionDays days from the request deadline to the invitation (default 0)
 * @param evaluationDays days from the tender deadline to the award decision (default 0)
 * @param evaluation bids to rank, if any
 */
record SimulationRequest(@NotNull BuyerType buyerType, @NotNull ContractType contractType,
		@NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal estimatedValueSek,
		@NotNull LocalDate procurementDate,
		@NotNull @Min(1) @Max(ProcurementCase.MAX_DURATION_MONTHS) Integer durationMonths,
		@Nullable Procedure procedure, @Nullable Boolean electronicSubmission, @Nullable Boolean priorInformationNotice,
		@Nullable Boolean urgency, @Nullable Boolean electronicNotice,
		@Nullable @Min(1) @Max(ProcurementCase.MAX_DAYS) Integer tenderDays,
		@Nullable @Min(0) @Max(ProcurementCase.MAX_DAYS) Integer selectionDays,
		@Nullable @Min(0) @Max(ProcurementCase.MAX_DAYS) Integer evaluationDays,
		@Nullable @Valid EvaluationRequest evaluation) {

	private static final String WEIGHT_MESSAGE = "anges för pris och kvalitet, över 0 och högst 100 / "
			+ "required for price and quality, above 0 and at most 100";

	/**
	 * @param priceWeight the price's share in per cent (price-quality models)
	 * @param priceFloor the price earning the full price score (absolute scoring)
	 * @param priceCeiling the price earning no price score (absolute scoring)
	 */
	record EvaluationRequest(@NotNull EvaluationModel model,
			@Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3,
					fraction = 2) BigDecimal priceWeight,
			@Nullable @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal priceFloor,
			@Nullable @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal priceCeiling,
			@NotNull @Size(min = 1, max = BidEvaluation.MAX_BIDS) List<@NotNull @Valid BidRequest> bids) {

	}

	/**
	 * @param quality a score from 0 to 10 (price-quality models) or a value in SEK
	 * (value-added model); ignored for the lowest price
	 */
	record BidRequest(@NotBlank @Size(max = 100) @SingleLine String bidder,
			@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 14, fraction = 2) BigDecimal price,
			@Nullable @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal quality) {

	}

	List<Problems.FieldError> crossFieldErrors() {
		List<Problems.FieldError> errors = new ArrayList<>();
		if (this.procurementDate.isBefore(ProcurementCase.EARLIEST_DATE)
				|| this.procurementDate.isAfter(ProcurementCase.LATEST_DATE)) {
			errors.add(new Problems.FieldError("procurementDate",
					"mellan 2000-01-01 och 2100-12-31 / between 2000-01-01 and 2100-12-31"));
		}
		if (this.evaluation == null) {
			return errors;
		}
		EvaluationModel model = this.evaluation.model();
		boolean scored = model == EvaluationModel.PRICE_QUALITY_RELATIVE
				|| model == EvaluationModel.PRICE_QUALITY_ABSOLUTE;
		if (scored && this.evaluation.priceWeight() == null) {
			errors.add(new Problems.FieldError("evaluation.priceWeight", WEIGHT_MESSAGE));
		}
		if (model == EvaluationModel.PRICE_QUALITY_ABSOLUTE) {
			if (this.evaluation.priceFloor() == null) {
				errors.add(new Problems.FieldError("evaluation.priceFloor", "krävs / required"));
			}
			if (this.evaluation.priceCeiling() == null || (this.evaluation.priceFloor() != null
					&& this.evaluation.priceCeiling().compareTo(this.evaluation.priceFloor()) <= 0)) {
				errors.add(new Problems.FieldError("evaluation.priceCeiling",
						"krävs och är högre än priceFloor / required and above priceFloor"));
			}
		}
		for (int i = 0; i < this.evaluation.bids().size(); i++) {
			BigDecimal quality = this.evaluation.bids().get(i).quality();
			if (scored && quality != null && quality.compareTo(BidEvaluation.MAX_SCORE) > 0) {
				errors.add(new Problems.FieldError("evaluation.bids[" + i + "].quality",
						"högst 10 poäng / at most 10 points"));
			}
		}
		return errors;
	}

	ProcurementCase toCase() {
		return new ProcurementCase(this.buyerType, this.contractType, new EstimatedValue(this.estimatedValueSek),
				this.procurementDate, this.durationMonths, this.procedure,
				Boolean.TRUE.equals(this.electronicSubmission), Boolean.TRUE.equals(this.priorInformationNotice),
				Boolean.TRUE.equals(this.urgency), !Boolean.FALSE.equals(this.electronicNotice), this.tenderDays,
				(this.selectionDays != null) ? this.selectionDays : 0,
				(this.evaluationDays != null) ? this.evaluationDays : 0);
	}

	@Nullable EvaluationTerms terms() {
		if (this.evaluation == null) {
			return null;
		}
		return new EvaluationTerms(this.evaluation.model(), this.evaluation.priceWeight(), this.evaluation.priceFloor(),
				this.evaluation.priceCeiling());
	}

	List<Bid> bids() {
		if (this.evaluation == null) {
			return List.of();
		}
		return this.evaluation.bids()
			.stream()
			.map(bid -> new Bid(bid.bidder().strip(), bid.price(),
					(bid.quality() != null) ? bid.quality() : BigDecimal.ZERO))
			.toList();
	}

}
