package se.postboxen.kollegan.action;

public enum ActionStatus {

	OPEN, DONE, CANCELLED

}
