package se.postboxen.kollegan.invite;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** Sends a queued notice; a mail server that fails is retried by the job's policy. */
public final class OrganiserNoticeJob implements JobHandler<JobPayload.OrganiserNotice> {

	private final OrganiserNotices notices;

	public OrganiserNoticeJob(OrganiserNotices notices) {
		this.notices = notices;
	}

	@Override
	public JobType type() {
		return JobType.ORGANISER_NOTICE;
	}

	@Override
	public JobOutcome handle(JobPayload.OrganiserNotice payload, JobContext context) {
		switch (payload.kind()) {
			case IN_LOBBY ->
				this.notices.waitingInLobby(payload.tenantId(), payload.organiser(), payload.meetingTitle());
			case NOT_JOINABLE ->
				this.notices.notJoinable(payload.tenantId(), payload.organiser(), payload.meetingTitle());
			case TRANSCRIPT_WANTED ->
				this.notices.transcriptWanted(payload.tenantId(), payload.organiser(), payload.meetingTitle());
		}
		return JobOutcome.done();
	}

}
