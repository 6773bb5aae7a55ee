package se.postboxen.kollegan.bot.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import se.postboxen.kollegan.bot.module.RequiresModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.procurement.BidEvaluation;
import se.postboxen.kollegan.procurement.BuyerType;
import se.postboxen.kollegan.procurement.ContractType;
import se.postboxen.kollegan.procurement.EvaluationModel;
import se.postboxen.kollegan.procurement.EvaluationTerms;
import se.postboxen.kollegan.procurement.Procedure;
import se.postboxen.kollegan.procurement.ProcedureOption;
import se.postboxen.kollegan.procurement.ProcurementRules;
import se.postboxen.kollegan.procurement.Simulation;

/**
 * The procurement simulator's page. The form is sent with GET so that a result can be
 * linked and bookmarked; it changes nothing, so it needs no CSRF token. The same rules as
 * {@code POST /api/procurement/simulations} answer it; a form with a bad value comes back
 * with the value and what is wrong beside the field.
 */
@Controller
@RequiresModule(Module.PROCUREMENT)
class ProcurementPageController {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final ProcurementRules rules;

	private final BidEvaluation evaluation;

	private final MessageSource messages;

	private final Clock clock;

	ProcurementPageController(ProcurementRules rules, BidEvaluation evaluation, MessageSource messages, Clock clock) {
		this.rules = rules;
		this.evaluation = evaluation;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/procurement")
	ModelAndView procurement(@RequestParam Map<String, String> form, Locale locale) {
		ModelAndView page = new ModelAndView("procurement");
		page.addObject("buyerTypes", List.of(BuyerType.values()));
		page.addObject("contractTypes", List.of(ContractType.values()));
		page.addObject("procedureChoices", List.of(Procedure.values()));
		page.addObject("models", List.of(EvaluationModel.values()));
		page.addObject("bidRows", IntStream.rangeClosed(1, ProcurementForm.BID_ROWS).boxed().toList());
		page.addObject("figures", new ProcurementFigures(this.messages, locale));
		if (!ProcurementForm.submitted(form)) {
			page.addObject("input", firstVisit());
			return page;
		}
		page.addObject("input", form);
		ProcurementForm read = ProcurementForm.read(form);
		if (!read.invalid().isEmpty()) {
			page.addObject("invalid", read.invalid());
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		Simulation simulation = this.rules.simulate(read.procurementCase());
		EvaluationTerms terms = read.terms();
		page.addObject("simulation", simulation);
		page.addObject("procedureAvailable",
				simulation.procedures()
					.stream()
					.map(ProcedureOption::procedure)
					.anyMatch(procedure -> procedure == simulation.procedure()));
		page.addObject("evaluation", (terms != null) ? this.evaluation.evaluate(terms, read.bids()) : null);
		return page;
	}

	/** What the form starts from: today, two years, a decision sent electronically. */
	private Map<String, String> firstVisit() {
		Map<String, String> defaults = new LinkedHashMap<>();
		defaults.put("date", LocalDate.now(this.clock.withZone(SWEDEN)).toString());
		defaults.put("durationMonths", "24");
		defaults.put("selectionDays", "0");
		defaults.put("evaluationDays", "0");
		defaults.put("electronicSubmission", "on");
		defaults.put("electronicNotice", "on");
		return defaults;
	}

}
