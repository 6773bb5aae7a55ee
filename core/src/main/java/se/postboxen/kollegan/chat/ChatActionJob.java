package se.postboxen.kollegan.chat;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Applies a nudge's answer given in chat; a platform that cannot say who is retried. */
public final class ChatActionJob implements JobHandler<JobPayload.ChatActionAnswer> {

	private final ChatCommands commands;

	public ChatActionJob(ChatCommands commands) {
		this.commands = commands;
	}

	@Override
	public JobType type() {
		return JobType.CHAT_ACTION;
	}

	@Override
	public JobOutcome handle(JobPayload.ChatActionAnswer payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("an action answer without a tenant");
		}
		return this.commands.handleActionAnswer(context.tenantId(), payload);
	}

}
