package se.postboxen.kollegan.invite;

import java.time.ZoneId;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobSchedule;
import se.postboxen.kollegan.jobs.JobType;

/**
 * Every night, recurring series that arrived by invitation get their next occurrences.
 */
public final class SeriesJobs implements JobHandler<JobPayload.SeriesExtend> {

	/** 02:30 Swedish time: quiet, and before anyone's morning meetings. */
	public static final JobSchedule SCHEDULE = new JobSchedule("series-extend", "0 30 2 * * *",
			ZoneId.of("Europe/Stockholm"), new JobPayload.SeriesExtend());

	private final Invitations invitations;

	public SeriesJobs(Invitations invitations) {
		this.invitations = invitations;
	}

	@Override
	public JobType type() {
		return JobType.SERIES_EXTEND;
	}

	@Override
	public JobOutcome handle(JobPayload.SeriesExtend payload, JobContext context) {
		this.invitations.extendSeries();
		return JobOutcome.done();
	}

}
