package se.postboxen.kollegan.adapter.persistence.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.jobs.JobType;

/**
 * How many jobs of each type wait and how long the oldest has waited, for the queue's
 * gauges. Every gauge of every type reads one snapshot, taken by one grouped query and
 * kept for {@link #FRESH}: a scrape costs at most one query, however many types and
 * scrapers there are. The counts are the whole queue's, the same on every instance.
 */
@Component
class QueueDepth {

	private static final Logger logger = LoggerFactory.getLogger(QueueDepth.class);

	/** How long one snapshot serves: shorter than any sensible scrape interval. */
	static final Duration FRESH = Duration.ofSeconds(5);

	/**
	 * One type's queue.
	 *
	 * @param ready due and not finished: waiting for a worker, or running
	 * @param scheduled queued for later
	 * @param dead in the dead-letter queue
	 * @param oldestReady how long the longest-waiting ready job has been due
	 */
	record Depth(long ready, long scheduled, long dead, Duration oldestReady) {

		static final Depth EMPTY = new Depth(0, 0, 0, Duration.ZERO);

	}

	/**
	 * When the queue was read, and what it held.
	 *
	 * @param depths null when the database could not be asked
	 */
	private record Snapshot(Instant takenAt, @Nullable Map<JobType, Depth> depths) {

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private @Nullable Snapshot snapshot;

	QueueDepth(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The type's queue as of at most {@link #FRESH} ago; null when the database could not
	 * be asked then (the gauges show no value rather than a wrong one).
	 */
	synchronized @Nullable Depth of(JobType type) {
		Instant now = this.clock.instant();
		Snapshot current = this.snapshot;
		if (current == null || !now.isBefore(current.takenAt().plus(FRESH))) {
			// A failed query is kept for as long as a good one, so that a database that
			// is down is asked once per scrape, not once per gauge.
			current = new Snapshot(now, read());
			this.snapshot = current;
		}
		return (current.depths() != null) ? current.depths().getOrDefault(type, Depth.EMPTY) : null;
	}

	private @Nullable Map<JobType, Depth> read() {
		Map<JobType, Depth> depths = new EnumMap<>(JobType.class);
		try {
			this.jdbc.sql("""
					SELECT type,
					       count(*) FILTER (WHERE status = 'QUEUED' AND due_at <= now()) AS ready,
					       count(*) FILTER (WHERE status = 'QUEUED' AND due_at > now()) AS scheduled,
					       count(*) FILTER (WHERE status = 'DEAD') AS dead,
					       coalesce((extract(epoch FROM now() - min(due_at)
					                 FILTER (WHERE status = 'QUEUED' AND due_at <= now())) * 1000)::bigint, 0)
					           AS oldest_ready_ms
					FROM agent_job WHERE status IN ('QUEUED', 'DEAD') GROUP BY type
					""").query(rs -> {
				JobType type = known(rs.getString("type"));
				if (type != null) {
					depths.put(type, new Depth(rs.getLong("ready"), rs.getLong("scheduled"), rs.getLong("dead"),
							Duration.ofMillis(rs.getLong("oldest_ready_ms"))));
				}
			});
			return depths;
		}
		catch (DataAccessException ex) {
			logger.warn("The job queue's depth could not be read ({})", ex.getClass().getSimpleName());
			return null;
		}
	}

	/** Rows of a type this version no longer has (left by an older one) are not shown. */
	private static @Nullable JobType known(String type) {
		try {
			return JobType.valueOf(type);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
