package se.postboxen.kollegan.action;

/** Where a task stands on its board. */
public enum TaskState {

	OPEN,

	/** Completed there: Planner at 100 %, Trello's due date ticked complete. */
	DONE,

	/** Gone from the board without being completed: archived in Trello, deleted. */
	CLOSED

}
