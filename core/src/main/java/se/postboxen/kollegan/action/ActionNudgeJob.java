package se.postboxen.kollegan.action;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Sends one nudge; a platform that cannot be reached is retried by the job's policy. */
public final class ActionNudgeJob implements JobHandler<JobPayload.NudgeAction> {

	private final ActionFollowUps followUps;

	public ActionNudgeJob(ActionFollowUps followUps) {
		this.followUps = followUps;
	}

	@Override
	public JobType type() {
		return JobType.NUDGE_ACTION;
	}

	@Override
	public JobOutcome handle(JobPayload.NudgeAction payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("a nudge without a tenant");
		}
		return this.followUps.nudge(context.tenantId(), payload.actionItemId(), payload.nudge());
	}

}
