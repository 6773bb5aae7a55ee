package se.postboxen.kollegan.procurement;

/**
 * Why a figure is uncertain or not fixed, or what a user must know to rely on it. The
 * dashboard and the API say each in words (messages {@code procurement.caveat.*}).
 */
public enum Caveat {

	/** No threshold of this kind is on record for the date. */
	THRESHOLD_UNKNOWN_FOR_DATE,

	/**
	 * The threshold is known in euro, but its SEK value for the period is not on record.
	 */
	SEK_VALUE_UNKNOWN,

	/**
	 * Whether the procedure's conditions are met depends on facts the simulator does not
	 * assess.
	 */
	CONDITIONS_NOT_ASSESSED,

	/** The law asks for a reasonable time (skälig tid) and sets no minimum. */
	REASONABLE_TIME,

	/**
	 * The reduction is allowed only if the prior information notice met the law's
	 * conditions.
	 */
	PRIOR_INFORMATION_CONDITIONS,

	/** Urgency must be duly substantiated by the buyer. */
	URGENCY_MUST_BE_SUBSTANTIATED,

	/**
	 * Sub-central authorities may be able to agree the tender time limit with the
	 * candidates.
	 */
	SUB_CENTRAL_AGREEMENT,

	/** The simulator does not hold this procedure's time limits. */
	TIME_LIMITS_NOT_MODELLED,

	/**
	 * The simulator has not confirmed LUF's time limits and standstill against the act.
	 */
	LUF_NOT_CONFIRMED,

	/** Since 1 February 2022 the buyer designs its own procedure below the thresholds. */
	FREE_DESIGN,

	/**
	 * An EU-wide notice is required even though the procedure is designed by the buyer.
	 */
	EU_NOTICE_REQUIRED,

	/** No standstill is required for a direct award; a voluntary one may be used. */
	NO_MANDATORY_STANDSTILL,

	/** The last day fell on a weekend or holiday and was moved under lag (1930:173). */
	MOVED_TO_NEXT_WEEKDAY,

	/** The tender period chosen is shorter than the minimum; the minimum was used. */
	TENDER_PERIOD_BELOW_MINIMUM,

	/** Depends on a number of days the user entered, not on a rule. */
	YOUR_ESTIMATE,

	/** Two or more bids are equal; the tie-break rule in the documents decides. */
	TIE,

	/** The place cannot change through this price alone. */
	PRICE_CANNOT_FLIP,

	/** Relative scoring: adding or removing a bid can change the order of the others. */
	RELATIVE_RANK_REVERSAL

}
