package se.postboxen.kollegan.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProcurementRulesTests {

	/** A Monday with no holiday near it. */
	static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

	final ProcurementRules rules = new ProcurementRules(new KnownThresholds());

	static ProcurementCase procurement(BuyerType buyer, ContractType contract, String value, LocalDate date,
			@Nullable Procedure procedure) {
		return new ProcurementCase(buyer, contract, EstimatedValue.sek(value), date, 24, procedure, false, false, false,
				true, null, 0, 14);
	}

	private static ThresholdFinding finding(Simulation simulation, ThresholdKind kind) {
		return simulation.thresholds().stream().filter(found -> found.kind() == kind).findFirst().orElseThrow();
	}

	private static List<Procedure> procedures(Simulation simulation) {
		return simulation.procedures().stream().map(ProcedureOption::procedure).toList();
	}

	private static TimeLimit limit(Simulation simulation, Procedure procedure, Deadline deadline) {
		return simulation.timeLimits()
			.stream()
			.filter(limit -> limit.procedure() == procedure && limit.deadline() == deadline)
			.findFirst()
			.orElseThrow();
	}

	private static TimelineStep step(Simulation simulation, Milestone milestone) {
		return simulation.timeline().stream().filter(step -> step.milestone() == milestone).findFirst().orElseThrow();
	}

	@Test
	void aValueExactlyAtTheThresholdFallsUnderTheDirective() {
		Simulation simulation = this.rules
			.simulate(procurement(BuyerType.STATE_AUTHORITY, ContractType.GOODS, "1546202", MONDAY, null));

		assertThat(simulation.regime()).isEqualTo(Regime.ABOVE_EU_THRESHOLD);
		ThresholdFinding eu = finding(simulation, ThresholdKind.EU_THRESHOLD);
		assertThat(eu.threshold().amountSek()).isEqualByComparingTo("1546202");
		assertThat(eu.reached()).isTrue();
		assertThat(eu.basis().certainty()).isEqualTo(Certainty.CERTAIN);
		assertThat(eu.basis().rule().source()).hasToString(
				"https://www.upphandlingsmyndigheten.se/frageportalen/2904774/nya-beloppsgranser-for-2024-har-ar-listan/");
		assertThat(procedures(simulation)).startsWith(Procedure.OPEN, Procedure.RESTRICTED)
			.doesNotContain(Procedure.DIRECT_AWARD);
		assertThat(simulation.procedure()).isEqualTo(Procedure.OPEN);
	}

	@Test
	void oneKronaBelowTheThresholdIsUnderTheNationalRulesWithNoFixedTimeLimit() {
		Simulation simulation = this.rules
			.simulate(procurement(BuyerType.STATE_AUTHORITY, ContractType.GOODS, "1546201", MONDAY, null));

		assertThat(simulation.regime()).isEqualTo(Regime.BELOW_EU_THRESHOLD);
		assertThat(procedures(simulation)).containsExactly(Procedure.ADVERTISED_OWN_DESIGN);
		TimeLimit tenders = limit(simulation, Procedure.ADVERTISED_OWN_DESIGN, Deadline.TENDERS);
		assertThat(tenders.days()).isNull();
		assertThat(tenders.basis().certainty()).isEqualTo(Certainty.NOT_FIXED);
		assertThat(tenders.basis().caveat()).isEqualTo(Caveat.REASONABLE_TIME);
		assertThat(tenders.basis().rule().citation()).isEqualTo("LOU 19 kap.");
		// No tender period given: nothing after the notice can be dated.
		assertThat(step(simulation, Milestone.TENDERS_DEADLINE).date()).isNull();
		assertThat(step(simulation, Milestone.EARLIEST_CONTRACT).date()).isNull();
	}

	@Test
	void aDirectAwardIsOpenUpToTheLimitItself() {
		Simulation atLimit = this.rules
			.simulate(procurement(BuyerType.OTHER_AUTHORITY, ContractType.SERVICES, "700000", MONDAY, null));
		Simulation above = this.rules
			.simulate(procurement(BuyerType.OTHER_AUTHORITY, ContractType.SERVICES, "700000.01", MONDAY, null));

		assertThat(procedures(atLimit)).containsExactly(Procedure.DIRECT_AWARD, Procedure.ADVERTISED_OWN_DESIGN);
		assertThat(atLimit.procedure()).isEqualTo(Procedure.DIRECT_AWARD);
		assertThat(finding(atLimit, ThresholdKind.DIRECT_AWARD_LIMIT).reached()).isFalse();
		assertThat(procedures(above)).containsExactly(Procedure.ADVERTISED_OWN_DESIGN);
		assertThat(step(atLimit, Milestone.EARLIEST_CONTRACT).basis().caveat())
			.isEqualTo(Caveat.NO_MANDATORY_STANDSTILL);
	}

	@Test
	void socialServicesMayBeAwardedDirectlyOnlyBelowTheirThreshold() {
		Simulation below = this.rules
			.simulate(procurement(BuyerType.OTHER_AUTHORITY, ContractType.SOCIAL_SERVICES, "8109449", MONDAY, null));
		Simulation at = this.rules
			.simulate(procurement(BuyerType.OTHER_AUTHORITY, ContractType.SOCIAL_SERVICES, "8109450", MONDAY, null));

		assertThat(procedures(below)).contains(Procedure.DIRECT_AWARD);
		assertThat(at.regime()).isEqualTo(Regime.ABOVE_EU_THRESHOLD);
		assertThat(procedures(at)).containsExactly(Procedure.ADVERTISED_OWN_DESIGN);
		assertThat(at.procedures().get(0).basis().caveat()).isEqualTo(Caveat.EU_NOTICE_REQUIRED);
	}

	@Test
	void theLastDayOfAPeriodAndTheFirstOfTheNextAreTakenFromTheirOwnRows() {
		Simulation lastDay = this.rules.simulate(procurement(BuyerType.OTHER_AUTHORITY, ContractType.GOODS, "2300000",
				LocalDate.of(2025, 12, 31), null));
		Simulation firstDay = this.rules.simulate(
				procurement(BuyerType.OTHER_AUTHORITY, ContractType.GOODS, "2300000", LocalDate.of(2026, 1, 1), null));

		assertThat(lastDay.regime()).isEqualTo(Regime.BELOW_EU_THRESHOLD);
		assertThat(finding(lastDay, ThresholdKind.EU_THRESHOLD).threshold().amountEur()).isEqualByComparingTo("221000");
		// 2026–2027: the euro amount is known, the SEK value is not on record; no guess.
		ThresholdFinding eu = finding(firstDay, ThresholdKind.EU_THRESHOLD);
		assertThat(firstDay.regime()).isEqualTo(Regime.UNKNOWN);
		assertThat(eu.threshold().amountEur()).isEqualByComparingTo("216000");
		assertThat(eu.threshold().amountSek()).isNull();
		assertThat(eu.reached()).isNull();
		assertThat(eu.basis().certainty()).isEqualTo(Certainty.UNCERTAIN);
		assertThat(eu.basis().caveat()).isEqualTo(Caveat.SEK_VALUE_UNKNOWN);
		assertThat(eu.basis().rule().citation()).contains("2025/2152");
		ThresholdFinding directAward = finding(firstDay, ThresholdKind.DIRECT_AWARD_LIMIT);
		assertThat(directAward.threshold()).isNull();
		assertThat(directAward.basis().caveat()).isEqualTo(Caveat.THRESHOLD_UNKNOWN_FOR_DATE);
		assertThat(firstDay.procedures()).isEmpty();
	}

	@Test
	void theOpenProcedureTakesTheShortestReductionThatApplies() {
		ProcurementCase base = procurement(BuyerType.STATE_AUTHORITY, ContractType.WORKS, "60000000", MONDAY, null);
		ProcurementCase electronic = new ProcurementCase(base.buyer(), base.contract(), base.value(), base.date(), 24,
				null, true, false, false, true, null, 0, 14);
		ProcurementCase announced = new ProcurementCase(base.buyer(), base.contract(), base.value(), base.date(), 24,
				null, true, true, false, true, null, 0, 14);

		TimeLimit main = limit(this.rules.simulate(base), Procedure.OPEN, Deadline.TENDERS);
		TimeLimit shorter = limit(this.rules.simulate(electronic), Procedure.OPEN, Deadline.TENDERS);
		TimeLimit shortest = limit(this.rules.simulate(announced), Procedure.OPEN, Deadline.TENDERS);

		assertThat(main.days()).isEqualTo(35);
		assertThat(main.basis().rule().citation()).isEqualTo("LOU 11 kap. 2 §");
		assertThat(shorter.days()).isEqualTo(30);
		assertThat(shorter.reducedBy()).isEqualTo(TimeLimit.Reduction.ELECTRONIC_SUBMISSION);
		assertThat(shorter.basis().rule().citation()).isEqualTo("LOU 11 kap. 6 §");
		// The electronic reduction shortens only the main rule: 15, not 10.
		assertThat(shortest.days()).isEqualTo(15);
		assertThat(shortest.basis().rule().citation()).isEqualTo("LOU 11 kap. 5 §");
		assertThat(shortest.basis().caveat()).isEqualTo(Caveat.PRIOR_INFORMATION_CONDITIONS);
	}

	@Test
	void theRestrictedProcedureHasTwoLimitsAndSubCentralTendersAreUncertain() {
		ProcurementCase state = new ProcurementCase(BuyerType.STATE_AUTHORITY, ContractType.SERVICES,
				EstimatedValue.sek("3000000"), MONDAY, 24, Procedure.RESTRICTED, true, false, false, true, null, 5, 14);
		ProcurementCase municipality = new ProcurementCase(BuyerType.OTHER_AUTHORITY, ContractType.SERVICES,
				EstimatedValue.sek("3000000"), MONDAY, 24, Procedure.RESTRICTED, true, false, false, true, null, 5, 14);

		Simulation stateSimulation = this.rules.simulate(state);
		TimeLimit requests = limit(stateSimulation, Procedure.RESTRICTED, Deadline.REQUESTS_TO_PARTICIPATE);
		TimeLimit tenders = limit(stateSimulation, Procedure.RESTRICTED, Deadline.TENDERS);
		TimeLimit municipalTenders = limit(this.rules.simulate(municipality), Procedure.RESTRICTED, Deadline.TENDERS);

		assertThat(requests.days()).isEqualTo(30);
		assertThat(tenders.days()).isEqualTo(25);
		assertThat(tenders.basis().certainty()).isEqualTo(Certainty.CERTAIN);
		assertThat(municipalTenders.days()).isEqualTo(25);
		assertThat(municipalTenders.basis().certainty()).isEqualTo(Certainty.UNCERTAIN);
		assertThat(municipalTenders.basis().caveat()).isEqualTo(Caveat.SUB_CENTRAL_AGREEMENT);
		// 3 March + 30 = 2 April; + 5 to invite = 7 April; + 25 = 2 May.
		assertThat(step(stateSimulation, Milestone.REQUESTS_DEADLINE).date()).isEqualTo("2025-04-02");
		assertThat(step(stateSimulation, Milestone.INVITATION_SENT).date()).isEqualTo("2025-04-07");
		assertThat(step(stateSimulation, Milestone.TENDERS_DEADLINE).date()).isEqualTo("2025-05-02");
	}

	@Test
	void theStandstillRunsTenDaysAfterAnElectronicDecisionAndOnPastAWeekend() {
		ProcurementCase electronic = new ProcurementCase(BuyerType.STATE_AUTHORITY, ContractType.GOODS,
				EstimatedValue.sek("2000000"), MONDAY, 24, Procedure.OPEN, true, false, false, true, null, 0, 13);
		ProcurementCase weekend = new ProcurementCase(BuyerType.STATE_AUTHORITY, ContractType.GOODS,
				EstimatedValue.sek("2000000"), MONDAY, 24, Procedure.OPEN, true, false, false, true, null, 0, 14);
		ProcurementCase onPaper = new ProcurementCase(BuyerType.STATE_AUTHORITY, ContractType.GOODS,
				EstimatedValue.sek("2000000"), MONDAY, 24, Procedure.OPEN, true, false, false, false, null, 0, 13);

		// 3 March + 30 = 2 April; + 13 = Tuesday 15 April; + 10 = Friday 25 April.
		Simulation simulation = this.rules.simulate(electronic);
		assertThat(step(simulation, Milestone.TENDERS_DEADLINE).date()).isEqualTo("2025-04-02");
		assertThat(step(simulation, Milestone.AWARD_DECISION).date()).isEqualTo("2025-04-15");
		TimelineStep standstill = step(simulation, Milestone.STANDSTILL_ENDS);
		assertThat(standstill.date()).isEqualTo("2025-04-25");
		assertThat(standstill.basis().rule().citation()).isEqualTo("LOU 20 kap. 1–2 §§");
		assertThat(standstill.basis().certainty()).isEqualTo(Certainty.CERTAIN);
		assertThat(step(simulation, Milestone.EARLIEST_CONTRACT).date()).isEqualTo("2025-04-26");
		// 24 months from 26 April 2025 end on 25 April 2027.
		assertThat(step(simulation, Milestone.CONTRACT_ENDS).date()).isEqualTo("2027-04-25");

		// A day later the tenth day is Saturday 26 April: on to Monday 28 April.
		TimelineStep moved = step(this.rules.simulate(weekend), Milestone.STANDSTILL_ENDS);
		assertThat(moved.date()).isEqualTo("2025-04-28");
		assertThat(moved.basis().certainty()).isEqualTo(Certainty.UNCERTAIN);
		assertThat(moved.basis().caveat()).isEqualTo(Caveat.MOVED_TO_NEXT_WEEKDAY);

		// Sent on paper: 15 days, Wednesday 30 April.
		assertThat(step(this.rules.simulate(onPaper), Milestone.STANDSTILL_ENDS).date()).isEqualTo("2025-04-30");
	}

	@Test
	void aTenderPeriodShorterThanTheMinimumIsRaisedToIt() {
		ProcurementCase tooShort = new ProcurementCase(BuyerType.STATE_AUTHORITY, ContractType.GOODS,
				EstimatedValue.sek("2000000"), MONDAY, 24, Procedure.OPEN, false, false, false, true, 20, 0, 0);
		ProcurementCase national = new ProcurementCase(BuyerType.STATE_AUTHORITY, ContractType.GOODS,
				EstimatedValue.sek("1000000"), MONDAY, 24, null, false, false, false, true, 20, 0, 0);

		TimelineStep raised = step(this.rules.simulate(tooShort), Milestone.TENDERS_DEADLINE);
		TimelineStep own = step(this.rules.simulate(national), Milestone.TENDERS_DEADLINE);

		assertThat(raised.date()).isEqualTo("2025-04-07");
		assertThat(raised.basis().caveat()).isEqualTo(Caveat.TENDER_PERIOD_BELOW_MINIMUM);
		assertThat(own.date()).isEqualTo("2025-03-23");
		assertThat(own.basis().certainty()).isEqualTo(Certainty.NOT_FIXED);
		assertThat(own.basis().rule().kind()).isEqualTo(RuleRef.Kind.INPUT);
	}

	@Test
	void utilitiesMayNegotiateFreelyButTheirTimeLimitsAreNotConfirmed() {
		Simulation simulation = this.rules
			.simulate(procurement(BuyerType.UTILITY, ContractType.GOODS, "4789982", MONDAY, null));

		assertThat(simulation.regime()).isEqualTo(Regime.ABOVE_EU_THRESHOLD);
		ProcedureOption negotiated = simulation.procedures()
			.stream()
			.filter(option -> option.procedure() == Procedure.NEGOTIATED_WITH_NOTICE)
			.findFirst()
			.orElseThrow();
		assertThat(negotiated.conditional()).isFalse();
		assertThat(negotiated.basis().rule().citation()).isEqualTo("LUF 6 kap.; direktiv 2014/25/EU art. 44.2");
		TimeLimit open = limit(simulation, Procedure.OPEN, Deadline.TENDERS);
		assertThat(open.days()).isNull();
		assertThat(open.basis().caveat()).isEqualTo(Caveat.LUF_NOT_CONFIRMED);
		assertThat(step(simulation, Milestone.STANDSTILL_ENDS).basis().certainty()).isEqualTo(Certainty.UNCERTAIN);
	}

	@Test
	void aNegotiatedProcedureWithoutNoticeUnderLouIsConditional() {
		Simulation simulation = this.rules
			.simulate(procurement(BuyerType.OTHER_AUTHORITY, ContractType.WORKS, "70000000", MONDAY, null));

		ProcedureOption withoutNotice = simulation.procedures()
			.stream()
			.filter(option -> option.procedure() == Procedure.NEGOTIATED_WITHOUT_NOTICE)
			.findFirst()
			.orElseThrow();
		assertThat(withoutNotice.conditional()).isTrue();
		assertThat(withoutNotice.basis().certainty()).isEqualTo(Certainty.UNCERTAIN);
		assertThat(withoutNotice.basis().caveat()).isEqualTo(Caveat.CONDITIONS_NOT_ASSESSED);
	}

	@Test
	void refusesImpossibleCases() {
		assertThatIllegalArgumentException().isThrownBy(() -> EstimatedValue.sek("-1"));
		assertThatIllegalArgumentException().isThrownBy(() -> EstimatedValue.sek("1.001"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ProcurementCase(BuyerType.UTILITY, ContractType.GOODS,
				EstimatedValue.sek("1"), MONDAY, 0, null, false, false, false, true, null, 0, 0));
		assertThat(EstimatedValue.sek("1546202.00").reaches(new BigDecimal("1546202"))).isTrue();
	}

	@Test
	void knowsTheSwedishDaysOnWhichAPeriodRunsOn() {
		assertThat(NonWorkingDays.easterSunday(2025)).isEqualTo("2025-04-20");
		assertThat(NonWorkingDays.easterSunday(2026)).isEqualTo("2026-04-05");
		assertThat(NonWorkingDays.isNonWorking(LocalDate.of(2025, 4, 18))).as("Good Friday").isTrue();
		assertThat(NonWorkingDays.isNonWorking(LocalDate.of(2025, 4, 21))).as("Easter Monday").isTrue();
		assertThat(NonWorkingDays.isNonWorking(LocalDate.of(2025, 5, 29))).as("Ascension Day").isTrue();
		assertThat(NonWorkingDays.isNonWorking(LocalDate.of(2025, 6, 20))).as("Midsummer Eve").isTrue();
		assertThat(NonWorkingDays.isNonWorking(LocalDate.of(2025, 12, 24))).as("Christmas Eve").isTrue();
		assertThat(NonWorkingDays.isNonWorking(LocalDate.of(2025, 4, 22))).isFalse();
		assertThat(NonWorkingDays.onOrAfter(LocalDate.of(2025, 12, 24))).isEqualTo("2025-12-29");
	}

}
