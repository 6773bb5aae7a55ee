package se.postboxen.kollegan.calendar;

import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.JobSchedule;
import se.postboxen.kollegan.jobs.JobType;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

/**
 * Polling ICS feeds through agent-jobs: a schedule ticks every quarter of an hour, its
 * scan queues one sync per feed (so one slow or broken feed delays no other), and each
 * sync records how it went for the user to see.
 */
public final class CalendarJobs {

	/** Every 15 minutes, on the quarter. */
	public static final JobSchedule SCHEDULE = new JobSchedule("calendar-feeds", "0 */15 * * * *", ZoneOffset.UTC,
			new JobPayload.CalendarScan());

	/** Every hour: subscriptions last about three days and are renewed a day ahead. */
	public static final JobSchedule RENEWAL = new JobSchedule("microsoft-subscriptions", "0 7 * * * *", ZoneOffset.UTC,
			new JobPayload.MicrosoftRenewal());

	private CalendarJobs() {
	}

	/**
	 * Queues one sync per connected feed, keyed by the scan so that a re-run adds none.
	 */
	public static final class Scan implements JobHandler<JobPayload.CalendarScan> {

		private final CalendarConnections connections;

		private final MicrosoftConnections microsoft;

		private final JobQueue queue;

		public Scan(CalendarConnections connections, MicrosoftConnections microsoft, JobQueue queue) {
			this.connections = connections;
			this.microsoft = microsoft;
			this.queue = queue;
		}

		private record Followed(TenantId tenantId, UserId userId) {

		}

		@Override
		public JobType type() {
			return JobType.CALENDAR_SCAN;
		}

		@Override
		public JobOutcome handle(JobPayload.CalendarScan payload, JobContext context) {
			// Feeds are polled; Microsoft 365 calendars are synced too, as a safety net
			// for
			// notifications that never came and to move the delta window on.
			Set<Followed> users = new LinkedHashSet<>();
			this.connections.withFeeds().forEach(c -> users.add(new Followed(c.tenantId(), c.userId())));
			this.microsoft.all().forEach(c -> users.add(new Followed(c.tenantId(), c.userId())));
			for (Followed user : users) {
				this.queue.enqueue(new JobRequest(
						new JobKey("calendar-sync:" + user.userId().value() + ":" + context.dueAt().getEpochSecond()),
						new JobPayload.CalendarSync(user.tenantId(), user.userId()), user.tenantId(), null,
						context.dueAt()));
			}
			return JobOutcome.done();
		}

	}

	/**
	 * Brings one user's calendars up to date: the ICS feed if there is one, and the
	 * Microsoft 365 calendar when the organisation is connected and the user asked for
	 * the agent (auto-join or labels) — subscribing first if needed. A failure is
	 * reported to the user and tried again at the next tick, not retried at once: the
	 * usual causes (a wrong or revoked address, missing consent) do not heal in seconds.
	 */
	public static final class Sync implements JobHandler<JobPayload.CalendarSync> {

		private final CalendarSync sync;

		private final MicrosoftCalendarSync microsoft;

		public Sync(CalendarSync sync, MicrosoftCalendarSync microsoft) {
			this.sync = sync;
			this.microsoft = microsoft;
		}

		@Override
		public JobType type() {
			return JobType.CALENDAR_SYNC;
		}

		@Override
		public JobOutcome handle(JobPayload.CalendarSync payload, JobContext context) {
			this.sync.syncFeed(payload.tenantId(), payload.userId());
			CalendarConnection connection = this.sync.connection(payload.tenantId(), payload.userId());
			boolean wanted = connection.autoJoin() || !connection.labels().isEmpty();
			if (wanted && this.microsoft.available(payload.tenantId())) {
				try {
					this.microsoft.connect(payload.tenantId(), payload.userId());
				}
				catch (CalendarFeedException ex) {
					this.sync.recordFailure(payload.tenantId(), payload.userId(), ex.getMessage());
				}
			}
			return JobOutcome.done();
		}

	}

	/** Renews the subscriptions that would lapse within a day. */
	public static final class Renew implements JobHandler<JobPayload.MicrosoftRenewal> {

		private final MicrosoftCalendarSync microsoft;

		public Renew(MicrosoftCalendarSync microsoft) {
			this.microsoft = microsoft;
		}

		@Override
		public JobType type() {
			return JobType.MICROSOFT_RENEWAL;
		}

		@Override
		public JobOutcome handle(JobPayload.MicrosoftRenewal payload, JobContext context) {
			this.microsoft.renewExpiring();
			return JobOutcome.done();
		}

	}

	/**
	 * Acts on a lifecycle notification, away from the 3-second answer Microsoft expects.
	 */
	public static final class Lifecycle implements JobHandler<JobPayload.MicrosoftLifecycle> {

		private final MicrosoftCalendarSync microsoft;

		public Lifecycle(MicrosoftCalendarSync microsoft) {
			this.microsoft = microsoft;
		}

		@Override
		public JobType type() {
			return JobType.MICROSOFT_LIFECYCLE;
		}

		@Override
		public JobOutcome handle(JobPayload.MicrosoftLifecycle payload, JobContext context) {
			this.microsoft.lifecycle(payload.subscriptionId(), payload.lifecycleEvent());
			return JobOutcome.done();
		}

	}

}
