package se.postboxen.kollegan.meeting;

/**
 * No such meeting for this tenant. Deliberately says nothing about whether it exists for
 * another tenant.
 */
public class MeetingNotFoundException extends RuntimeException {

	public MeetingNotFoundException() {
		super("Meeting not found");
	}

}
