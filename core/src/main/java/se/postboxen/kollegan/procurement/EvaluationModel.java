package se.postboxen.kollegan.procurement;

/** How bids are compared (the award criterion and its scoring). */
public enum EvaluationModel {

	/** Pris: the lowest price wins. */
	LOWEST_PRICE,

	/**
	 * Bästa förhållandet mellan pris och kvalitet, price scored relatively: the lowest
	 * price gets the full score and each other price the lowest divided by its own.
	 */
	PRICE_QUALITY_RELATIVE,

	/**
	 * The same with price scored on an absolute scale: full score at or below the floor
	 * price, none at or above the ceiling, straight in between.
	 */
	PRICE_QUALITY_ABSOLUTE,

	/**
	 * Mervärdesmodellen: each bid's quality is valued in SEK and taken off its price; the
	 * lowest comparison price wins.
	 */
	VALUE_ADDED

}
