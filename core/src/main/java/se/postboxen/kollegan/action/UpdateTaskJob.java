package se.postboxen.kollegan.action;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Changes an answered action's task on its board ({@link TaskBoards#updateTask}). */
public final class UpdateTaskJob implements JobHandler<JobPayload.UpdateTask> {

	private final TaskBoards boards;

	public UpdateTaskJob(TaskBoards boards) {
		this.boards = boards;
	}

	@Override
	public JobType type() {
		return JobType.UPDATE_TASK;
	}

	@Override
	public JobOutcome handle(JobPayload.UpdateTask payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("a task update without a tenant");
		}
		return this.boards.updateTask(context.tenantId(), payload.actionItemId(), payload.change(),
				payload.formerOwner(), !type().retryPolicy().allowsAnotherAfter(context.attempt()));
	}

}
