package se.postboxen.kollegan.bot.procurement.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.bot.module.RequiresModule;
import se.postboxen.kollegan.bot.web.InvalidRequestException;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.procurement.BidEvaluation;
import se.postboxen.kollegan.procurement.Evaluation;
import se.postboxen.kollegan.procurement.EvaluationTerms;
import se.postboxen.kollegan.procurement.ProcurementRules;
import se.postboxen.kollegan.procurement.ProcurementThresholds;
import se.postboxen.kollegan.procurement.Simulation;
import se.postboxen.kollegan.procurement.Threshold;

/**
 * The procurement simulator's API: a simulation answered and forgotten (nothing is
 * stored, so any reader of a tenant may run one), and the thresholds in force on a date
 * with their sources. The thresholds are the same for every tenant.
 */
@RestController
@RequiresModule(Module.PROCUREMENT)
@RequestMapping(path = "/api/procurement", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcurementController {

	/** Whose calendar decides what "today" is when no date is given. */
	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final ProcurementRules rules;

	private final BidEvaluation evaluation;

	private final ProcurementThresholds thresholds;

	private final MessageSource messages;

	private final Clock clock;

	ProcurementController(ProcurementRules rules, BidEvaluation evaluation, ProcurementThresholds thresholds,
			MessageSource messages, Clock clock) {
		this.rules = rules;
		this.evaluation = evaluation;
		this.thresholds = thresholds;
		this.messages = messages;
		this.clock = clock;
	}

	@PostMapping(path = "/simulations", consumes = MediaType.APPLICATION_JSON_VALUE)
	SimulationResponse simulate(@Valid @RequestBody SimulationRequest request, Locale locale) {
		List<Problems.FieldError> errors = request.crossFieldErrors();
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		Simulation simulation = this.rules.simulate(request.toCase());
		EvaluationTerms terms = request.terms();
		Evaluation evaluated = (terms != null) ? this.evaluation.evaluate(terms, request.bids()) : null;
		return SimulationResponse.of(simulation, evaluated, new SimulationResponse.Words(this.messages, locale));
	}

	@GetMapping("/thresholds")
	ThresholdsResponse thresholds(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock.withZone(SWEDEN));
		return new ThresholdsResponse(day,
				this.thresholds.inForce(day).stream().sorted(ProcurementRules.ORDER).map(ThresholdJson::of).toList());
	}

	/**
	 * @param thresholds empty when none is on record for the date; an SEK amount is
	 * absent where only the euro amount is confirmed
	 */
	record ThresholdsResponse(LocalDate date, List<ThresholdJson> thresholds) {

	}

	record ThresholdJson(String kind, String law, String buyerType, String contractType, @Nullable BigDecimal amountSek,
			@Nullable BigDecimal amountEur, LocalDate validFrom, @Nullable LocalDate validTo, String legalBasis,
			URI source) {

		static ThresholdJson of(Threshold threshold) {
			return new ThresholdJson(threshold.kind().name(), threshold.buyer().law().name(), threshold.buyer().name(),
					threshold.contract().name(), threshold.amountSek(), threshold.amountEur(), threshold.validFrom(),
					threshold.validTo(), threshold.legalBasis(), threshold.source());
		}

	}

}
