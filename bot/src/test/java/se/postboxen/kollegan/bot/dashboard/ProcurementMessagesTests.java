package se.postboxen.kollegan.bot.dashboard;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import se.postboxen.kollegan.procurement.BuyerType;
import se.postboxen.kollegan.procurement.Caveat;
import se.postboxen.kollegan.procurement.Certainty;
import se.postboxen.kollegan.procurement.ContractType;
import se.postboxen.kollegan.procurement.Deadline;
import se.postboxen.kollegan.procurement.EvaluationModel;
import se.postboxen.kollegan.procurement.Milestone;
import se.postboxen.kollegan.procurement.Procedure;
import se.postboxen.kollegan.procurement.Regime;
import se.postboxen.kollegan.procurement.ThresholdKind;
import se.postboxen.kollegan.procurement.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;

/** Every value the simulator can answer has its words in both languages. */
class ProcurementMessagesTests {

	private final MessageSource messages = new DashboardConfiguration().messageSource();

	private void saidIn(Locale locale, String prefix, Enum<?>[] values) {
		for (Enum<?> value : values) {
			assertThat(this.messages.getMessage(prefix + value.name(), null, null, locale)).as(prefix + value)
				.isNotBlank();
		}
	}

	@Test
	void everyValueTheSimulatorAnswersHasItsWords() {
		for (Locale locale : DashboardConfiguration.LANGUAGES) {
			saidIn(locale, "procurement.caveat.", Caveat.values());
			saidIn(locale, "procurement.certainty.", Certainty.values());
			saidIn(locale, "procurement.buyer.", BuyerType.values());
			saidIn(locale, "procurement.contract.", ContractType.values());
			saidIn(locale, "procurement.procedure.", Procedure.values());
			saidIn(locale, "procurement.regime.", Regime.values());
			saidIn(locale, "procurement.kind.", ThresholdKind.values());
			saidIn(locale, "procurement.deadline.", Deadline.values());
			saidIn(locale, "procurement.milestone.", Milestone.values());
			saidIn(locale, "procurement.reduction.", TimeLimit.Reduction.values());
			saidIn(locale, "procurement.model.", EvaluationModel.values());
			saidIn(locale, "procurement.rule.model.", EvaluationModel.values());
			for (String input : List.of("date", "selectionDays", "evaluationDays", "tenderDays", "durationMonths")) {
				assertThat(this.messages.getMessage("procurement.rule.input." + input, null, null, locale))
					.isNotBlank();
			}
		}
	}

}
