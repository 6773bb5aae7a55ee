package se.postboxen.kollegan.jobs;

import java.util.regex.Pattern;

/**
 * The caller's name for a job, e.g. {@code nudge:<actionId>:1}: enqueuing a second job
 * under a key that exists does nothing, so retries and duplicate deliveries cannot queue
 * the same work twice.
 */
public record JobKey(String value) {

	private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9._:@/-]{1,200}$");

	public JobKey {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("a job key is 1 to 200 of A-Z a-z 0-9 . _ : @ / -");
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
