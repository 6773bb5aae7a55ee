package se.postboxen.kollegan.breakglass;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** The jobs break-glass access queues: its notices and its expiry. */
public final class BreakGlassJobs {

	private BreakGlassJobs() {
	}

	/** Mails one administrator or auditor; a mail server that is down is retried. */
	public static final class Notice implements JobHandler<JobPayload.TellBreakGlass> {

		private final BreakGlass breakGlass;

		public Notice(BreakGlass breakGlass) {
			this.breakGlass = breakGlass;
		}

		@Override
		public JobType type() {
			return JobType.BREAK_GLASS_NOTICE;
		}

		@Override
		public JobOutcome handle(JobPayload.TellBreakGlass payload, JobContext context) {
			if (context.tenantId() == null) {
				return JobOutcome.failPermanently("a break-glass notice without a tenant");
			}
			return this.breakGlass.tell(context.tenantId(), payload);
		}

	}

	/** Records the end of access that ran out. */
	public static final class Expiry implements JobHandler<JobPayload.ExpireBreakGlass> {

		private final BreakGlass breakGlass;

		public Expiry(BreakGlass breakGlass) {
			this.breakGlass = breakGlass;
		}

		@Override
		public JobType type() {
			return JobType.BREAK_GLASS_EXPIRY;
		}

		@Override
		public JobOutcome handle(JobPayload.ExpireBreakGlass payload, JobContext context) {
			if (context.tenantId() == null) {
				return JobOutcome.failPermanently("a break-glass expiry without a tenant");
			}
			return this.breakGlass.expire(context.tenantId(), payload.grantId());
		}

	}

}
