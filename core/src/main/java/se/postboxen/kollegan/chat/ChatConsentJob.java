package se.postboxen.kollegan.chat;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Records a consent answer given in chat; a platform that cannot say who is retried. */
public final class ChatConsentJob implements JobHandler<JobPayload.ChatConsentAnswer> {

	private final ChatCommands commands;

	public ChatConsentJob(ChatCommands commands) {
		this.commands = commands;
	}

	@Override
	public JobType type() {
		return JobType.CHAT_CONSENT;
	}

	@Override
	public JobOutcome handle(JobPayload.ChatConsentAnswer payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("a consent answer without a tenant");
		}
		return this.commands.handleConsent(context.tenantId(), payload);
	}

}
