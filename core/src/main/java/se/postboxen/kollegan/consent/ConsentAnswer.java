package se.postboxen.kollegan.consent;

public enum ConsentAnswer {

	ACCEPTED, DECLINED

}
