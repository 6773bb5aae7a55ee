package se.postboxen.kollegan.jobs;

import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A job queued on a calendar, e.g. the retention sweep every night at 03:00 Stockholm
 * time. Each tick queues one job (keyed by schedule and tick, so across all instances
 * there is one job per tick), with the same attempts and dead-letter handling as any
 * other; a tick whose previous job is still pending is skipped, so slow runs never
 * overlap.
 *
 * @param cron six fields, seconds first ({@code 0 0 3 * * *})
 */
public record JobSchedule(String name, String cron, ZoneId zone, JobPayload payload) {

	private static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9-]{0,59}$");

	public JobSchedule {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("a schedule name is lower-case letters, digits and dashes");
		}
		Objects.requireNonNull(cron, "cron");
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(payload, "payload");
	}

	/** The key prefix of this schedule's jobs. */
	public String keyPrefix() {
		return "schedule:" + this.name + ":";
	}

}
