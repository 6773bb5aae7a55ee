package se.postboxen.kollegan.bot.procurement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.procurement.BidEvaluation;
import se.postboxen.kollegan.procurement.ProcurementRules;
import se.postboxen.kollegan.procurement.ProcurementThresholds;

/** The procurement simulator: the rules read the dated thresholds; nothing is stored. */
@Configuration(proxyBeanMethods = false)
class ProcurementConfiguration {

	@Bean
	ProcurementRules procurementRules(ProcurementThresholds thresholds) {
		return new ProcurementRules(thresholds);
	}

	@Bean
	BidEvaluation bidEvaluation() {
		return new BidEvaluation();
	}

}
