package se.postboxen.kollegan.consent;

/**
 * How much of a meeting the participants allow Kollegan to keep. The names are the
 * product's own (Bas, Plus, Juridik).
 */
public enum ConsentLevel {

	/** Notes and recap only; no transcript is kept. */
	BAS,

	/** Transcript kept for the retention period; stakeholder insights. */
	PLUS,

	/** Full transcript, legal analysis, longer retention and audit. */
	JURIDIK;

	/** Whether this level allows what {@code other} allows. */
	public boolean includes(ConsentLevel other) {
		return compareTo(other) >= 0;
	}

}
