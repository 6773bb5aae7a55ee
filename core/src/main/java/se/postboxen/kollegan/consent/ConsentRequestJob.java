package se.postboxen.kollegan.consent;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Posts the consent card; a chat platform that fails is retried by the job's policy. */
public final class ConsentRequestJob implements JobHandler<JobPayload.ConsentRequest> {

	private final Consent consent;

	public ConsentRequestJob(Consent consent) {
		this.consent = consent;
	}

	@Override
	public JobType type() {
		return JobType.CONSENT_REQUEST;
	}

	@Override
	public JobOutcome handle(JobPayload.ConsentRequest payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("a consent job without a tenant");
		}
		return this.consent.ask(context.tenantId(), payload.meetingId(), payload.participant());
	}

}
