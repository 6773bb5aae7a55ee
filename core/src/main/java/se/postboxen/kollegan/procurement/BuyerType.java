package se.postboxen.kollegan.procurement;

/**
 * Who buys: the EU thresholds for goods and services differ between central government
 * authorities and other contracting authorities, and utilities are under another act.
 */
public enum BuyerType {

	/** Statlig myndighet: a central government authority under LOU. */
	STATE_AUTHORITY(Law.LOU),

	/**
	 * Any other upphandlande myndighet under LOU: municipalities, regions, their
	 * companies.
	 */
	OTHER_AUTHORITY(Law.LOU),

	/**
	 * Upphandlande enhet in the water, energy, transport or postal sectors, under LUF.
	 */
	UTILITY(Law.LUF);

	private final Law law;

	BuyerType(Law law) {
		this.law = law;
	}

	public Law law() {
		return this.law;
	}

}
