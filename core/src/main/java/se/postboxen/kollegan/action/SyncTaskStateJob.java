package se.postboxen.kollegan.action;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Follows a task its board said changed ({@link TaskBoards#syncTaskState}). */
public final class SyncTaskStateJob implements JobHandler<JobPayload.SyncTaskState> {

	private final TaskBoards boards;

	public SyncTaskStateJob(TaskBoards boards) {
		this.boards = boards;
	}

	@Override
	public JobType type() {
		return JobType.SYNC_TASK_STATE;
	}

	@Override
	public JobOutcome handle(JobPayload.SyncTaskState payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("a task state without a tenant");
		}
		return this.boards.syncTaskState(context.tenantId(), payload.actionItemId(),
				!type().retryPolicy().allowsAnotherAfter(context.attempt()));
	}

}
