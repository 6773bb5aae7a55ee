package se.postboxen.kollegan.invite;

import java.time.ZoneOffset;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobSchedule;
import se.postboxen.kollegan.jobs.JobType;

/** Reads the agent's mailbox every minute, when one is configured. */
public final class MailboxJobs implements JobHandler<JobPayload.MailboxPoll> {

	public static final JobSchedule SCHEDULE = new JobSchedule("agent-mailbox", "0 * * * * *", ZoneOffset.UTC,
			new JobPayload.MailboxPoll());

	/** Per run; a backlog is worked off over the following minutes. */
	static final int BATCH = 25;

	private final Invitations invitations;

	private final AgentMailbox mailbox;

	public MailboxJobs(Invitations invitations, AgentMailbox mailbox) {
		this.invitations = invitations;
		this.mailbox = mailbox;
	}

	@Override
	public JobType type() {
		return JobType.MAILBOX_POLL;
	}

	@Override
	public JobOutcome handle(JobPayload.MailboxPoll payload, JobContext context) {
		this.invitations.readMailbox(this.mailbox, BATCH);
		return JobOutcome.done();
	}

}
