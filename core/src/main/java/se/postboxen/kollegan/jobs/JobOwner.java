package se.postboxen.kollegan.jobs;

import java.util.regex.Pattern;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.meeting.MeetingId;

/**
 * What a job belongs to, so that removing a meeting (or an action) cancels every job
 * pending for it in one call.
 */
public record JobOwner(String value) {

	private static final Pattern SHAPE = Pattern.compile("^[a-z]+:[A-Za-z0-9-]{1,100}$");

	public JobOwner {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("an owner is kind:id");
		}
	}

	public static JobOwner meeting(MeetingId id) {
		return new JobOwner("meeting:" + id.value());
	}

	public static JobOwner action(ActionItemId id) {
		return new JobOwner("action:" + id.value());
	}

}
