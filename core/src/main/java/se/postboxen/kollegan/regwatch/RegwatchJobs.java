package se.postboxen.kollegan.regwatch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.JobSchedule;
import se.postboxen.kollegan.jobs.JobType;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleOff;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Regwatch through agent-jobs: a schedule ticks every hour, its scan queues one fetch per
 * enabled source (so one slow or broken source delays no other) with the sources of one
 * host spread out, each fetch keeps what changed, and each relevant change queues an
 * alert. All of it only for tenants with the regwatch module on: a tenant that switches
 * it off keeps its sources and items, and they are fetched again once it is back on.
 */
public final class RegwatchJobs {

	/**
	 * Every hour, at 23 minutes past: regulators publish in office hours, not to the
	 * second.
	 */
	public static final JobSchedule SCHEDULE = new JobSchedule("regwatch-sources", "0 23 * * * *", ZoneOffset.UTC,
			new JobPayload.RegwatchScan());

	/** Between two fetches from the same host, as queued by the scan. */
	static final Duration HOST_SPACING = Duration.ofSeconds(10);

	private RegwatchJobs() {
	}

	/**
	 * The job that fetches a source now, asked for by an administrator: each request is
	 * one, so that asking right after a source was added still fetches (a second fetch
	 * soon after waits for its host's turn and adds no version for the same text).
	 */
	public static JobRequest fetchNow(RegwatchSource source, Instant now) {
		return new JobRequest(new JobKey("regwatch-fetch-now:" + source.id() + ":" + UUID.randomUUID()),
				new JobPayload.RegwatchFetch(source.id()), source.tenantId(), null, now);
	}

	/**
	 * Queues one fetch per enabled source of a tenant with regwatch on, keyed by the tick
	 * so that a re-run adds none.
	 */
	public static final class Scan implements JobHandler<JobPayload.RegwatchScan> {

		private final RegwatchSources sources;

		private final JobQueue queue;

		private final TenantModules modules;

		public Scan(RegwatchSources sources, JobQueue queue, TenantModules modules) {
			this.sources = sources;
			this.queue = queue;
			this.modules = modules;
		}

		@Override
		public JobType type() {
			return JobType.REGWATCH_SCAN;
		}

		@Override
		public JobOutcome handle(JobPayload.RegwatchScan payload, JobContext context) {
			Map<String, Integer> perHost = new HashMap<>();
			Map<TenantId, Boolean> watching = new HashMap<>();
			for (RegwatchSource source : this.sources.allEnabled()) {
				if (!watching.computeIfAbsent(source.tenantId(), this::watching)) {
					continue;
				}
				String host = String.valueOf(source.url().getHost()).toLowerCase(Locale.ROOT);
				int earlier = perHost.merge(host, 1, Integer::sum) - 1;
				this.queue.enqueue(new JobRequest(
						new JobKey("regwatch-fetch:" + source.id() + ":" + context.dueAt().getEpochSecond()),
						new JobPayload.RegwatchFetch(source.id()), source.tenantId(), null,
						context.dueAt().plus(HOST_SPACING.multipliedBy(earlier))));
			}
			return JobOutcome.done();
		}

		/** Asked once per tenant and tick; a tenant left out is said once too. */
		private boolean watching(TenantId tenantId) {
			boolean on = this.modules.isEnabled(tenantId, Module.REGWATCH);
			if (!on) {
				ModuleOff.skipped(Module.REGWATCH, tenantId, "The hourly regwatch fetches");
			}
			return on;
		}

	}

	/**
	 * Fetches one source for the tenant the job was queued for, unless the tenant has
	 * switched regwatch off since.
	 */
	public static final class Fetch implements JobHandler<JobPayload.RegwatchFetch> {

		private final RegwatchWatch watch;

		private final TenantModules modules;

		public Fetch(RegwatchWatch watch, TenantModules modules) {
			this.watch = watch;
			this.modules = modules;
		}

		@Override
		public JobType type() {
			return JobType.REGWATCH_FETCH;
		}

		@Override
		public JobOutcome handle(JobPayload.RegwatchFetch payload, JobContext context) {
			if (context.tenantId() == null) {
				return JobOutcome.failPermanently("a regwatch fetch without a tenant");
			}
			if (!this.modules.isEnabled(context.tenantId(), Module.REGWATCH)) {
				return ModuleOff.done(Module.REGWATCH, context.tenantId(),
						"The fetch of regwatch source " + payload.sourceId());
			}
			boolean last = !JobType.REGWATCH_FETCH.retryPolicy().allowsAnotherAfter(context.attempt());
			return this.watch.fetch(context.tenantId(), payload.sourceId(), last);
		}

	}

	/** Alerts the administrators; an unreachable chat or mail server is retried. */
	public static final class Alert implements JobHandler<JobPayload.RegwatchAlert> {

		private final RegwatchAlerts alerts;

		public Alert(RegwatchAlerts alerts) {
			this.alerts = alerts;
		}

		@Override
		public JobType type() {
			return JobType.REGWATCH_ALERT;
		}

		@Override
		public JobOutcome handle(JobPayload.RegwatchAlert payload, JobContext context) {
			if (context.tenantId() == null) {
				return JobOutcome.failPermanently("a regwatch alert without a tenant");
			}
			return this.alerts.alert(context.tenantId(), payload);
		}

	}

}
