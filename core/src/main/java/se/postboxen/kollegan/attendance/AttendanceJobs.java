package se.postboxen.kollegan.attendance;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/** The join jobs: the first attempt at the meeting's start, and the retries. */
public final class AttendanceJobs {

	private AttendanceJobs() {
	}

	public static final class Join implements JobHandler<JobPayload.JoinMeeting> {

		private final Attendance attendance;

		public Join(Attendance attendance) {
			this.attendance = attendance;
		}

		@Override
		public JobType type() {
			return JobType.JOIN_MEETING;
		}

		@Override
		public JobOutcome handle(JobPayload.JoinMeeting payload, JobContext context) {
			if (context.tenantId() == null) {
				return JobOutcome.failPermanently("a join job without a tenant");
			}
			return this.attendance.join(context.tenantId(), payload.meetingId(), 1);
		}

	}

	public static final class Retry implements JobHandler<JobPayload.JoinRetry> {

		private final Attendance attendance;

		public Retry(Attendance attendance) {
			this.attendance = attendance;
		}

		@Override
		public JobType type() {
			return JobType.JOIN_RETRY;
		}

		@Override
		public JobOutcome handle(JobPayload.JoinRetry payload, JobContext context) {
			if (context.tenantId() == null) {
				return JobOutcome.failPermanently("a join job without a tenant");
			}
			return this.attendance.join(context.tenantId(), payload.meetingId(), payload.attempt());
		}

	}

	public static final class Leave implements JobHandler<JobPayload.LeaveMeeting> {

		private final Attendance attendance;

		public Leave(Attendance attendance) {
			this.attendance = attendance;
		}

		@Override
		public JobType type() {
			return JobType.LEAVE_MEETING;
		}

		@Override
		public JobOutcome handle(JobPayload.LeaveMeeting payload, JobContext context) {
			return this.attendance.leave(payload.botId());
		}

	}

	public static final class ForgetRecording implements JobHandler<JobPayload.ForgetRecording> {

		private final Attendance attendance;

		public ForgetRecording(Attendance attendance) {
			this.attendance = attendance;
		}

		@Override
		public JobType type() {
			return JobType.FORGET_RECORDING;
		}

		@Override
		public JobOutcome handle(JobPayload.ForgetRecording payload, JobContext context) {
			return this.attendance.forgetRecording(payload.botId());
		}

	}

}
