package se.postboxen.kollegan.brief;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Prepares and mails one pre-brief; a mail that cannot be handed over is retried. */
public final class PreBriefJob implements JobHandler<JobPayload.PreBrief> {

	private final PreBriefs preBriefs;

	public PreBriefJob(PreBriefs preBriefs) {
		this.preBriefs = preBriefs;
	}

	@Override
	public JobType type() {
		return JobType.PRE_BRIEF;
	}

	@Override
	public JobOutcome handle(JobPayload.PreBrief payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("a pre-brief without a tenant");
		}
		return this.preBriefs.prepare(context.tenantId(), payload.meetingId(), payload.startsAt(), context.key());
	}

}
