package se.postboxen.kollegan.procurement;

/** The ways a buyer may award a contract. */
public enum Procedure {

	/** Direktupphandling: without a notice or prescribed form. */
	DIRECT_AWARD,

	/**
	 * An advertised procurement the buyer designs itself: below the thresholds, and for
	 * social and other specific services. Since 1 February 2022 no form (such as the
	 * former förenklat förfarande or urvalsförfarande) is prescribed.
	 */
	ADVERTISED_OWN_DESIGN,

	/** Öppet förfarande. */
	OPEN,

	/** Selektivt förfarande. */
	RESTRICTED,

	/** Förhandlat förfarande med föregående annonsering. */
	NEGOTIATED_WITH_NOTICE,

	/** Konkurrenspräglad dialog. */
	COMPETITIVE_DIALOGUE,

	/** Innovationspartnerskap. */
	INNOVATION_PARTNERSHIP,

	/** Förhandlat förfarande utan föregående annonsering. */
	NEGOTIATED_WITHOUT_NOTICE

}
