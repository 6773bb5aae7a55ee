package se.postboxen.kollegan.chat;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Carries out a queued chat command; a platform that cannot be answered is retried. */
public final class ChatCommandJob implements JobHandler<JobPayload.ChatCommandReceived> {

	private final ChatCommands commands;

	public ChatCommandJob(ChatCommands commands) {
		this.commands = commands;
	}

	@Override
	public JobType type() {
		return JobType.CHAT_COMMAND;
	}

	@Override
	public JobOutcome handle(JobPayload.ChatCommandReceived payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("a chat command without a tenant");
		}
		return this.commands.handle(context.tenantId(), payload,
				!type().retryPolicy().allowsAnotherAfter(context.attempt()));
	}

}
