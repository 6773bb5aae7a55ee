package se.postboxen.kollegan.recap;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** The post-meeting analysis: from a meeting that is over to its recap. */
public final class MeetingAnalysisJob implements JobHandler<JobPayload.PostMeetingAnalysis> {

	private final MeetingAnalysis analysis;

	public MeetingAnalysisJob(MeetingAnalysis analysis) {
		this.analysis = analysis;
	}

	@Override
	public JobType type() {
		return JobType.POST_MEETING_ANALYSIS;
	}

	@Override
	public JobOutcome handle(JobPayload.PostMeetingAnalysis payload, JobContext context) {
		if (context.tenantId() == null) {
			return JobOutcome.failPermanently("an analysis job without a tenant");
		}
		boolean lastAttempt = !type().retryPolicy().allowsAnotherAfter(context.attempt());
		return this.analysis.analyse(context.tenantId(), payload.meetingId(), lastAttempt);
	}

}
