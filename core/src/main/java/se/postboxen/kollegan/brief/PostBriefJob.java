package se.postboxen.kollegan.brief;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Mails one participant the post-brief; a mail that cannot be handed over is retried. */
public final class PostBriefJob implements JobHandler<JobPayload.PostBrief> {

	private final PostBriefs postBriefs;

	public PostBriefJob(PostBriefs postBriefs) {
		this.postBriefs = postBriefs;
	}

	@Override
	public JobType type() {
		return JobType.POST_BRIEF;
	}

	@Override
	public JobOutcome handle(JobPayload.PostBrief payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("a post-brief without a tenant");
		}
		return this.postBriefs.send(context.tenantId(), payload.meetingId(), payload.recipient());
	}

}
