package se.postboxen.kollegan.stakeholder;

/** What a meeting says about a stakeholder. */
public enum FactKind {

	/** They organised it or were invited to it, and did not decline. */
	ATTENDED,

	/** One of the topics of its recap. */
	TOPIC,

	/** One of its actions is theirs. */
	COMMITMENT

}
