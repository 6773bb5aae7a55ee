package se.postboxen.kollegan.calendar;

import java.time.ZoneOffset;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.JobSchedule;
import se.postboxen.kollegan.jobs.JobType;

/**
 * Polling ICS feeds through agent-jobs: a schedule ticks every quarter of an hour, its
 * scan queues one sync per feed (so one slow or broken feed delays no other), and each
 * sync records how it went for the user to see.
 */
public final class CalendarJobs {

	/** Every 15 minutes, on the quarter. */
	public static final JobSchedule SCHEDULE = new JobSchedule("calendar-feeds", "0 */15 * * * *", ZoneOffset.UTC,
			new JobPayload.CalendarScan());

	private CalendarJobs() {
	}

	/**
	 * Queues one sync per connected feed, keyed by the scan so that a re-run adds none.
	 */
	public static final class Scan implements JobHandler<JobPayload.CalendarScan> {

		private final CalendarConnections connections;

		private final JobQueue queue;

		public Scan(CalendarConnections connections, JobQueue queue) {
			this.connections = connections;
			this.queue = queue;
		}

		@Override
		public JobType type() {
			return JobType.CALENDAR_SCAN;
		}

		@Override
		public JobOutcome handle(JobPayload.CalendarScan payload, JobContext context) {
			for (CalendarConnection connection : this.connections.withFeeds()) {
				this.queue.enqueue(new JobRequest(
						new JobKey("calendar-sync:" + connection.userId().value() + ":"
								+ context.dueAt().getEpochSecond()),
						new JobPayload.CalendarSync(connection.tenantId(), connection.userId()), connection.tenantId(),
						null, context.dueAt()));
			}
			return JobOutcome.done();
		}

	}

	/**
	 * Syncs one feed. A feed that fails is reported to its user and tried again at the
	 * next tick, not retried at once: the usual causes (a wrong or revoked address) do
	 * not heal in seconds.
	 */
	public static final class Sync implements JobHandler<JobPayload.CalendarSync> {

		private final CalendarSync sync;

		public Sync(CalendarSync sync) {
			this.sync = sync;
		}

		@Override
		public JobType type() {
			return JobType.CALENDAR_SYNC;
		}

		@Override
		public JobOutcome handle(JobPayload.CalendarSync payload, JobContext context) {
			this.sync.syncFeed(payload.tenantId(), payload.userId());
			return JobOutcome.done();
		}

	}

}
