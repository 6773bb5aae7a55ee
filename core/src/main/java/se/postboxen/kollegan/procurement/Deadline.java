package se.postboxen.kollegan.procurement;

/** What a time limit is for. */
public enum Deadline {

	/** Anbudsansökningar: requests to participate. */
	REQUESTS_TO_PARTICIPATE,

	/** Anbud: tenders. */
	TENDERS

}
