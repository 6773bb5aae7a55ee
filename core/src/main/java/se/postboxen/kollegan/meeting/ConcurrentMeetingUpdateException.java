package se.postboxen.kollegan.meeting;

/** Someone else changed the meeting between our read and our write. */
public class ConcurrentMeetingUpdateException extends RuntimeException {

	public ConcurrentMeetingUpdateException(MeetingId id, Throwable cause) {
		super("Meeting " + id + " was changed concurrently", cause);
	}

}
