package se.postboxen.kollegan.procurement;

import org.jspecify.annotations.Nullable;

/**
 * The shortest time a procedure allows for requests or tenders, counted from the day the
 * notice (or the invitation) was sent.
 *
 * @param days the minimum in calendar days; absent when the law fixes none or the
 * simulator does not know it
 * @param reducedBy what shortened it from the main rule, if anything
 */
public record TimeLimit(Procedure procedure, Deadline deadline, @Nullable Integer days, @Nullable Reduction reducedBy,
		Basis basis) {

	/** What may shorten a time limit. */
	public enum Reduction {

		ELECTRONIC_SUBMISSION, PRIOR_INFORMATION_NOTICE, URGENCY

	}

}
