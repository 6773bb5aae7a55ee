package se.postboxen.kollegan.chat;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Posts a notice into a meeting's chat; an unreachable platform is retried. */
public final class ChatNoticeJob implements JobHandler<JobPayload.ChatNotice> {

	private final ChatNotices notices;

	public ChatNoticeJob(ChatNotices notices) {
		this.notices = notices;
	}

	@Override
	public JobType type() {
		return JobType.CHAT_NOTICE;
	}

	@Override
	public JobOutcome handle(JobPayload.ChatNotice payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("a chat notice without a tenant");
		}
		return this.notices.post(context.tenantId(), payload);
	}

}
