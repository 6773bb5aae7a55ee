package se.postboxen.kollegan.magiclink;

/** Why a magic link does not work; each gets its own page and problem type. */
public enum MagicLinkProblem {

	/** Not a link Kollegan signed (changed, truncated, or signed with an unknown key). */
	INVALID,

	/** Past its expiry. */
	EXPIRED,

	/** Already confirmed once. */
	USED

}
