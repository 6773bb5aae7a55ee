package se.postboxen.kollegan.archfixture.meeting;

import java.time.Duration;

/**
 * A core class as it should be: plain Java. Test-only: lies in a core package so that
 * LayeringTests can run the production rules on it.
 */
public class PlainMeetingRule {

	public boolean isLong(Duration duration) {
		return duration.toHours() > 24;
	}

}
