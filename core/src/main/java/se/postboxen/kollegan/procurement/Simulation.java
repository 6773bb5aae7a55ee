package se.postboxen.kollegan.procurement;

import java.util.List;

/**
 * What the simulator answers for a case.
 *
 * @param procedure the procedure the timeline is drawn for
 */
public record Simulation(ProcurementCase procurementCase, Regime regime, Basis regimeBasis,
		List<ThresholdFinding> thresholds, List<ProcedureOption> procedures, List<TimeLimit> timeLimits,
		Procedure procedure, List<TimelineStep> timeline) {

	public Simulation {
		thresholds = List.copyOf(thresholds);
		procedures = List.copyOf(procedures);
		timeLimits = List.copyOf(timeLimits);
		timeline = List.copyOf(timeline);
	}

}
