package se.postboxen.kollegan.consent;

/** Where a participant gave their answer. */
public enum ConsentChannel {

	TEAMS, SLACK, ZOOM, EMAIL, WEB, SANDBOX

}
