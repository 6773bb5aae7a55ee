package se.postboxen.kollegan.meeting;

/**
 * Thrown when something asks a meeting to move to a status its current one cannot reach.
 */
public class IllegalMeetingTransitionException extends IllegalStateException {

	private final MeetingStatus from;

	private final MeetingStatus to;

	public IllegalMeetingTransitionException(MeetingStatus from, MeetingStatus to) {
		super("A meeting cannot move from " + from + " to " + to);
		this.from = from;
		this.to = to;
	}

	public MeetingStatus from() {
		return this.from;
	}

	public MeetingStatus to() {
		return this.to;
	}

}
