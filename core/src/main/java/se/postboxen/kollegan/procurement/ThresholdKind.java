package se.postboxen.kollegan.procurement;

/** The two limits a procurement's value is held against. */
public enum ThresholdKind {

	/** From this value (inclusive) the EU directive's rules apply. */
	EU_THRESHOLD,

	/** Up to this value a contract may be awarded directly (direktupphandling). */
	DIRECT_AWARD_LIMIT

}
