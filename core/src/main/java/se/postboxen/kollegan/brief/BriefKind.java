package se.postboxen.kollegan.brief;

public enum BriefKind {

	/** Prepared before the meeting: who is coming, what happened last time. */
	PRE,

	/** Sent after the meeting: recap, consent answers, actions with their task links. */
	POST

}
