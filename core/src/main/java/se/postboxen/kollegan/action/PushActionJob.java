package se.postboxen.kollegan.action;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Pushes one action to its tenant's task board ({@link TaskBoards#push}). */
public final class PushActionJob implements JobHandler<JobPayload.PushAction> {

	private final TaskBoards boards;

	public PushActionJob(TaskBoards boards) {
		this.boards = boards;
	}

	@Override
	public JobType type() {
		return JobType.PUSH_ACTION;
	}

	@Override
	public JobOutcome handle(JobPayload.PushAction payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("a push without a tenant");
		}
		return this.boards.push(context.tenantId(), payload.actionItemId(),
				!type().retryPolicy().allowsAnotherAfter(context.attempt()));
	}

}
