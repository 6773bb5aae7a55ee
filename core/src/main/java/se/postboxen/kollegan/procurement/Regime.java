package se.postboxen.kollegan.procurement;

/** Which side of the EU threshold the value falls on. */
public enum Regime {

	/** At or above the EU threshold: the directive's rules. */
	ABOVE_EU_THRESHOLD,

	/** Below it: the national rules of 19 and 19 a kap. */
	BELOW_EU_THRESHOLD,

	/** The threshold in SEK for the date is not on record. */
	UNKNOWN

}
