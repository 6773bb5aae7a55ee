package se.postboxen.kollegan.procurement;

/** How far a figure of the simulation can be relied on. */
public enum Certainty {

	/** Follows from the cited rule and the dated data. */
	CERTAIN,

	/** The simulator cannot say for sure; the caveat says why. */
	UNCERTAIN,

	/** The law sets no fixed figure (such as "skälig tid"); the buyer decides. */
	NOT_FIXED

}
