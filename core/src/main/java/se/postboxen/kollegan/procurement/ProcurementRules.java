package se.postboxen.kollegan.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The rules the simulator applies to a case: which thresholds hold on its date, which
 * procedures are open, their minimum time limits, and a timeline to the contract with the
 * standstill period. Figures the simulator has not confirmed against the act or the dated
 * data are returned as uncertain with the reason, never guessed.
 */
public final class ProcurementRules {

	/** The act's chapter on thresholds and contract value. */
	private static final String THRESHOLD_CHAPTER = "5 kap.";

	/**
	 * Advertised procurements below the thresholds and of social services (from 2022).
	 */
	private static final String NATIONAL_CHAPTER = "19 kap.";

	/** Direct awards (from 1 February 2022). */
	private static final String DIRECT_AWARD_CHAPTER = "19 a kap.";

	private static final String STANDSTILL = "20 kap. 1–2 §§";

	private static final RuleRef TIME_COUNTING = RuleRef.law("lag (1930:173) om beräkning av lagstadgad tid");

	private static final int STANDSTILL_ELECTRONIC_DAYS = 10;

	private static final int STANDSTILL_OTHER_DAYS = 15;

	private final ProcurementThresholds thresholds;

	public ProcurementRules(ProcurementThresholds thresholds) {
		this.thresholds = thresholds;
	}

	public Simulation simulate(ProcurementCase procurement) {
		Law law = procurement.law();
		ThresholdFinding eu = euThreshold(procurement);
		ThresholdFinding directAward = directAwardLimit(procurement);
		Regime regime = (eu.reached() == null) ? Regime.UNKNOWN
				: (eu.reached() ? Regime.ABOVE_EU_THRESHOLD : Regime.BELOW_EU_THRESHOLD);
		boolean directAwardAllowed = directAward.reached() != null && !directAward.reached()
				&& regime != Regime.ABOVE_EU_THRESHOLD;

		List<ProcedureOption> procedures = new ArrayList<>();
		if (directAwardAllowed) {
			procedures.add(new ProcedureOption(Procedure.DIRECT_AWARD, false,
					Basis.certain(RuleRef.of(directAward.threshold()))));
		}
		procedures.addAll(procedures(procurement, regime));
		List<TimeLimit> timeLimits = new ArrayList<>();
		for (ProcedureOption option : procedures) {
			timeLimits.addAll(timeLimits(option.procedure(), procurement));
		}
		Procedure chosen = (procurement.procedure() != null) ? procurement.procedure()
				: usualProcedure(procurement, regime, directAwardAllowed);
		return new Simulation(procurement, regime, eu.basis(), List.of(eu, directAward), procedures, timeLimits, chosen,
				timeline(chosen, procurement, timeLimits(chosen, procurement), law));
	}

	private ThresholdFinding euThreshold(ProcurementCase procurement) {
		Optional<Threshold> found = this.thresholds.inForce(procurement.date(), ThresholdKind.EU_THRESHOLD,
				procurement.buyer(), procurement.contract());
		if (found.isEmpty()) {
			return new ThresholdFinding(ThresholdKind.EU_THRESHOLD, null, null,
					Basis.uncertain(procurement.law().rule(THRESHOLD_CHAPTER), Caveat.THRESHOLD_UNKNOWN_FOR_DATE));
		}
		Threshold threshold = found.get();
		if (threshold.amountSek() == null) {
			return new ThresholdFinding(ThresholdKind.EU_THRESHOLD, threshold, null,
					Basis.uncertain(RuleRef.of(threshold), Caveat.SEK_VALUE_UNKNOWN));
		}
		return new ThresholdFinding(ThresholdKind.EU_THRESHOLD, threshold,
				procurement.value().reaches(threshold.amountSek()), Basis.certain(RuleRef.of(threshold)));
	}

	/**
	 * For social and other specific services the direct-award limit is the EU threshold
	 * itself, which the directive's rules take from its own amount: only a value below it
	 * may be awarded directly. Elsewhere the limit is a maximum ("högst").
	 */
	private ThresholdFinding directAwardLimit(ProcurementCase procurement) {
		Optional<Threshold> found = this.thresholds.inForce(procurement.date(), ThresholdKind.DIRECT_AWARD_LIMIT,
				procurement.buyer(), procurement.contract());
		BigDecimal limit = found.map(Threshold::amountSek).orElse(null);
		if (limit == null) {
			return new ThresholdFinding(ThresholdKind.DIRECT_AWARD_LIMIT, found.orElse(null), null,
					Basis.uncertain(procurement.law().rule(DIRECT_AWARD_CHAPTER), Caveat.THRESHOLD_UNKNOWN_FOR_DATE));
		}
		boolean exceeded = (procurement.contract() == ContractType.SOCIAL_SERVICES) ? procurement.value().reaches(limit)
				: procurement.value().sek().compareTo(limit) > 0;
		return new ThresholdFinding(ThresholdKind.DIRECT_AWARD_LIMIT, found.get(), exceeded,
				Basis.certain(RuleRef.of(found.get())));
	}

	private static List<ProcedureOption> procedures(ProcurementCase procurement, Regime regime) {
		Law law = procurement.law();
		if (regime == Regime.UNKNOWN) {
			return List.of();
		}
		if (regime == Regime.BELOW_EU_THRESHOLD) {
			return List.of(new ProcedureOption(Procedure.ADVERTISED_OWN_DESIGN, false,
					Basis.certain(law.rule(NATIONAL_CHAPTER), Caveat.FREE_DESIGN)));
		}
		if (procurement.contract() == ContractType.SOCIAL_SERVICES) {
			return List.of(new ProcedureOption(Procedure.ADVERTISED_OWN_DESIGN, false,
					Basis.certain(law.rule(NATIONAL_CHAPTER), Caveat.EU_NOTICE_REQUIRED)));
		}
		if (law == Law.LOU) {
			return List.of(free(Procedure.OPEN, law, "26.2"), free(Procedure.RESTRICTED, law, "26.2"),
					conditional(Procedure.NEGOTIATED_WITH_NOTICE, law, "26.4"),
					conditional(Procedure.COMPETITIVE_DIALOGUE, law, "26.4"),
					conditional(Procedure.INNOVATION_PARTNERSHIP, law, "31"),
					conditional(Procedure.NEGOTIATED_WITHOUT_NOTICE, law, "32"));
		}
		return List.of(free(Procedure.OPEN, law, "44.2"), free(Procedure.RESTRICTED, law, "44.2"),
				free(Procedure.NEGOTIATED_WITH_NOTICE, law, "44.2"), free(Procedure.COMPETITIVE_DIALOGUE, law, "44.3"),
				free(Procedure.INNOVATION_PARTNERSHIP, law, "44.3"),
				conditional(Procedure.NEGOTIATED_WITHOUT_NOTICE, law, "50"));
	}

	private static ProcedureOption free(Procedure procedure, Law law, String article) {
		return new ProcedureOption(procedure, false, Basis.certain(directive(law, "6 kap.", article)));
	}

	private static ProcedureOption conditional(Procedure procedure, Law law, String article) {
		return new ProcedureOption(procedure, true,
				Basis.uncertain(directive(law, "6 kap.", article), Caveat.CONDITIONS_NOT_ASSESSED));
	}

	/**
	 * A provision of the act that carries out a directive's article; the act is cited by
	 * chapter where the simulator has only confirmed the article.
	 */
	private static RuleRef directive(Law law, String chapter, String article) {
		String directive = (law == Law.LOU) ? "2014/24/EU" : "2014/25/EU";
		return RuleRef.law(law.name() + " " + chapter + "; direktiv " + directive + " art. " + article);
	}

	/**
	 * The minimum time limits of a procedure. LOU's follow directive 2014/24/EU articles
	 * 27–31 as carried out in 11 kap.; the electronic reduction shortens only the main
	 * rule, never a limit already shortened by a prior information notice or urgency.
	 */
	static List<TimeLimit> timeLimits(Procedure procedure, ProcurementCase procurement) {
		Law law = procurement.law();
		switch (procedure) {
			case DIRECT_AWARD, NEGOTIATED_WITHOUT_NOTICE:
				return List.of();
			case ADVERTISED_OWN_DESIGN:
				return List.of(new TimeLimit(procedure, Deadline.TENDERS, null, null,
						Basis.notFixed(law.rule(NATIONAL_CHAPTER), Caveat.REASONABLE_TIME)));
			default:
				break;
		}
		boolean twoStage = procedure != Procedure.OPEN;
		if (law == Law.LUF) {
			Basis unconfirmed = Basis.uncertain(law.rule("11 kap."), Caveat.LUF_NOT_CONFIRMED);
			List<TimeLimit> limits = new ArrayList<>();
			if (twoStage) {
				limits.add(new TimeLimit(procedure, Deadline.REQUESTS_TO_PARTICIPATE, null, null, unconfirmed));
			}
			limits.add(new TimeLimit(procedure, Deadline.TENDERS, null, null, unconfirmed));
			return limits;
		}
		if (procedure == Procedure.OPEN) {
			return List.of(shortest(procedure, Deadline.TENDERS, procurement,
					new Candidate(35, null, Basis.certain(law.rule("11 kap. 2 §"))),
					new Candidate(30, TimeLimit.Reduction.ELECTRONIC_SUBMISSION,
							Basis.certain(law.rule("11 kap. 6 §"))),
					new Candidate(15, TimeLimit.Reduction.PRIOR_INFORMATION_NOTICE,
							Basis.certain(law.rule("11 kap. 5 §"), Caveat.PRIOR_INFORMATION_CONDITIONS)),
					new Candidate(15, TimeLimit.Reduction.URGENCY,
							Basis.certain(directive(law, "11 kap.", "27.3"), Caveat.URGENCY_MUST_BE_SUBSTANTIATED))));
		}
		String article = switch (procedure) {
			case RESTRICTED -> "28";
			case NEGOTIATED_WITH_NOTICE -> "29";
			case COMPETITIVE_DIALOGUE -> "30";
			default -> "31";
		};
		boolean urgencyAllowed = procedure == Procedure.RESTRICTED || procedure == Procedure.NEGOTIATED_WITH_NOTICE;
		List<TimeLimit> limits = new ArrayList<>();
		limits.add(shortest(procedure, Deadline.REQUESTS_TO_PARTICIPATE, procurement,
				new Candidate(30, null, Basis.certain(directive(law, "11 kap.", article + ".1"))),
				urgencyAllowed
						? new Candidate(15, TimeLimit.Reduction.URGENCY,
								Basis.certain(directive(law, "11 kap.", "28.6"), Caveat.URGENCY_MUST_BE_SUBSTANTIATED))
						: null));
		if (!urgencyAllowed) {
			limits.add(new TimeLimit(procedure, Deadline.TENDERS, null, null,
					Basis.uncertain(law.rule("11 kap."), Caveat.TIME_LIMITS_NOT_MODELLED)));
			return limits;
		}
		TimeLimit tenders = shortest(procedure, Deadline.TENDERS, procurement,
				new Candidate(30, null, Basis.certain(directive(law, "11 kap.", "28.2"))),
				new Candidate(25, TimeLimit.Reduction.ELECTRONIC_SUBMISSION,
						Basis.certain(directive(law, "11 kap.", "28.5"))),
				new Candidate(10, TimeLimit.Reduction.PRIOR_INFORMATION_NOTICE,
						Basis.certain(directive(law, "11 kap.", "28.3"), Caveat.PRIOR_INFORMATION_CONDITIONS)),
				new Candidate(10, TimeLimit.Reduction.URGENCY,
						Basis.certain(directive(law, "11 kap.", "28.6"), Caveat.URGENCY_MUST_BE_SUBSTANTIATED)));
		if (procurement.buyer() == BuyerType.OTHER_AUTHORITY) {
			// Article 28.4 lets member states allow sub-central authorities to agree the
			// tender time limit with the candidates; the simulator has not confirmed how
			// Sweden carried it out, so the figure may be shorter by agreement.
			tenders = new TimeLimit(procedure, Deadline.TENDERS, tenders.days(), tenders.reducedBy(),
					Basis.uncertain(tenders.basis().rule(), Caveat.SUB_CENTRAL_AGREEMENT));
		}
		limits.add(tenders);
		return limits;
	}

	/** One way a time limit may be set, if its reduction applies to the case. */
	private record Candidate(int days, TimeLimit.@Nullable Reduction reduction, Basis basis) {

		boolean appliesTo(ProcurementCase procurement) {
			if (this.reduction == null) {
				return true;
			}
			return switch (this.reduction) {
				case ELECTRONIC_SUBMISSION -> procurement.electronicSubmission();
				case PRIOR_INFORMATION_NOTICE -> procurement.priorInformationNotice();
				case URGENCY -> procurement.urgency();
			};
		}

	}

	private static TimeLimit shortest(Procedure procedure, Deadline deadline, ProcurementCase procurement,
			@Nullable Candidate... candidates) {
		Candidate shortest = null;
		for (Candidate candidate : candidates) {
			if (candidate != null && candidate.appliesTo(procurement)
					&& (shortest == null || candidate.days() < shortest.days())) {
				shortest = candidate;
			}
		}
		if (shortest == null) {
			throw new IllegalStateException("The main rule always applies");
		}
		return new TimeLimit(procedure, deadline, shortest.days(), shortest.reduction(), shortest.basis());
	}

	private static Procedure usualProcedure(ProcurementCase procurement, Regime regime, boolean directAwardAllowed) {
		if (directAwardAllowed) {
			return Procedure.DIRECT_AWARD;
		}
		if (regime == Regime.ABOVE_EU_THRESHOLD && procurement.contract() != ContractType.SOCIAL_SERVICES) {
			return Procedure.OPEN;
		}
		return Procedure.ADVERTISED_OWN_DESIGN;
	}

	/**
	 * The steps from notice to contract at the shortest the rules and the user's own
	 * periods allow. A step the rules leave open has no date, and neither has what
	 * follows it.
	 */
	private static List<TimelineStep> timeline(Procedure procedure, ProcurementCase procurement, List<TimeLimit> limits,
			Law law) {
		Timeline timeline = new Timeline();
		if (procedure == Procedure.DIRECT_AWARD) {
			timeline.add(Milestone.AWARD_DECISION, procurement.date(), Basis.certain(RuleRef.input("date")));
			timeline.add(Milestone.EARLIEST_CONTRACT, procurement.date(),
					Basis.certain(law.rule(STANDSTILL), Caveat.NO_MANDATORY_STANDSTILL));
			contractEnd(timeline, procurement);
			return timeline.steps;
		}
		timeline.add(Milestone.NOTICE_SENT, procurement.date(), Basis.certain(RuleRef.input("date")));
		if (procedure != Procedure.NEGOTIATED_WITHOUT_NOTICE) {
			limitOf(limits, Deadline.REQUESTS_TO_PARTICIPATE).ifPresent(requests -> {
				timeline.after(Milestone.REQUESTS_DEADLINE, requests.days(), requests.basis());
				timeline.after(Milestone.INVITATION_SENT, procurement.selectionDays(),
						Basis.certain(RuleRef.input("selectionDays"), Caveat.YOUR_ESTIMATE));
			});
			TimeLimit tenders = limitOf(limits, Deadline.TENDERS).orElseThrow();
			tenderDeadline(timeline, tenders, procurement.tenderDays());
		}
		timeline.after(Milestone.AWARD_DECISION, procurement.evaluationDays(),
				Basis.certain(RuleRef.input("evaluationDays"), Caveat.YOUR_ESTIMATE));
		standstill(timeline, procurement, procedure, law);
		contractEnd(timeline, procurement);
		return timeline.steps;
	}

	private static Optional<TimeLimit> limitOf(List<TimeLimit> limits, Deadline deadline) {
		return limits.stream().filter(limit -> limit.deadline() == deadline).findFirst();
	}

	private static void tenderDeadline(Timeline timeline, TimeLimit minimum, @Nullable Integer chosen) {
		if (minimum.days() == null) {
			if (chosen == null) {
				timeline.after(Milestone.TENDERS_DEADLINE, null, minimum.basis());
			}
			else {
				Caveat why = (minimum.basis().caveat() != null) ? minimum.basis().caveat() : Caveat.YOUR_ESTIMATE;
				timeline.after(Milestone.TENDERS_DEADLINE, chosen,
						new Basis(RuleRef.input("tenderDays"), minimum.basis().certainty(), why));
			}
		}
		else if (chosen == null) {
			timeline.after(Milestone.TENDERS_DEADLINE, minimum.days(), minimum.basis());
		}
		else if (chosen < minimum.days()) {
			timeline.after(Milestone.TENDERS_DEADLINE, minimum.days(),
					new Basis(minimum.basis().rule(), minimum.basis().certainty(), Caveat.TENDER_PERIOD_BELOW_MINIMUM));
		}
		else {
			timeline.after(Milestone.TENDERS_DEADLINE, chosen, Basis.certain(RuleRef.input("tenderDays")));
		}
	}

	/**
	 * LOU 20 kap.: no contract during 10 days from an award decision sent electronically,
	 * 15 otherwise. Where the last day is a weekend day or holiday the simulator moves it
	 * to the next weekday (lag 1930:173) and says that this is its reading.
	 */
	private static void standstill(Timeline timeline, ProcurementCase procurement, Procedure procedure, Law law) {
		int days = procurement.electronicNotice() ? STANDSTILL_ELECTRONIC_DAYS : STANDSTILL_OTHER_DAYS;
		Basis basis = (law == Law.LUF) ? Basis.uncertain(law.rule(STANDSTILL), Caveat.LUF_NOT_CONFIRMED)
				: (procedure == Procedure.NEGOTIATED_WITHOUT_NOTICE)
						? Basis.uncertain(law.rule(STANDSTILL), Caveat.CONDITIONS_NOT_ASSESSED)
						: Basis.certain(law.rule(STANDSTILL));
		LocalDate decision = timeline.last();
		if (decision == null) {
			timeline.after(Milestone.STANDSTILL_ENDS, null, basis);
			timeline.after(Milestone.EARLIEST_CONTRACT, null, basis);
			return;
		}
		LocalDate end = decision.plusDays(days);
		LocalDate moved = NonWorkingDays.onOrAfter(end);
		if (!moved.equals(end)) {
			basis = Basis.uncertain(TIME_COUNTING, Caveat.MOVED_TO_NEXT_WEEKDAY);
		}
		timeline.add(Milestone.STANDSTILL_ENDS, moved, basis);
		timeline.add(Milestone.EARLIEST_CONTRACT, moved.plusDays(1), basis);
	}

	private static void contractEnd(Timeline timeline, ProcurementCase procurement) {
		LocalDate start = timeline.last();
		timeline.add(Milestone.CONTRACT_ENDS,
				(start != null) ? start.plusMonths(procurement.durationMonths()).minusDays(1) : null,
				Basis.certain(RuleRef.input("durationMonths"), Caveat.YOUR_ESTIMATE));
	}

	/** Steps in order, each dated from the one before. */
	private static final class Timeline {

		private final List<TimelineStep> steps = new ArrayList<>();

		void add(Milestone milestone, @Nullable LocalDate date, Basis basis) {
			this.steps.add(new TimelineStep(milestone, date, basis));
		}

		/** Days after the last step; no date if either is unknown. */
		void after(Milestone milestone, @Nullable Integer days, Basis basis) {
			LocalDate last = last();
			add(milestone, (last != null && days != null) ? last.plusDays(days) : null, basis);
		}

		@Nullable LocalDate last() {
			return this.steps.isEmpty() ? null : this.steps.get(this.steps.size() - 1).date();
		}

	}

	/** For listings: thresholds in a stable order. */
	public static final Comparator<Threshold> ORDER = Comparator.comparing(Threshold::kind)
		.thenComparing(Threshold::buyer)
		.thenComparing(Threshold::contract);

}
