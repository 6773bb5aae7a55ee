package se.postboxen.kollegan.bot.attendance;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.attendance.Attendance;
import se.postboxen.kollegan.attendance.AttendanceJobs;
import se.postboxen.kollegan.attendance.BotReports;
import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.MeetingUpdates;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.shared.Transactions;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttendanceProperties.class)
class AttendanceConfiguration {

	@Bean
	JoinMetrics joinMetrics(MeterRegistry registry) {
		return new JoinMetrics(registry);
	}

	/**
	 * Reports reach the use case lazily: the gateway that produces them is itself one of
	 * its dependencies. Every gateway's reports (webhooks, the sandbox) come this way and
	 * are counted.
	 */
	@Bean
	BotReports botReports(ObjectProvider<Attendance> attendance, MeetingBots bots, JoinMetrics joins) {
		return joins.counting(report -> attendance.getObject().reported(report), bots);
	}

	@Bean
	Attendance attendance(Meetings meetings, MeetingBots bots, MeetingBotGateway gateway, JobQueue jobs,
			AuditLog auditLog, Transactions transactions, Clock clock, AttendanceProperties properties,
			MeetingUpdates updates, JoinMetrics joins) {
		return new Attendance(meetings, bots, joins.counting(gateway), jobs, auditLog, transactions, clock,
				properties.retryBase(), updates);
	}

	@Bean
	AttendanceJobs.Join joinMeeting(Attendance attendance) {
		return new AttendanceJobs.Join(attendance);
	}

	@Bean
	AttendanceJobs.Retry joinRetry(Attendance attendance) {
		return new AttendanceJobs.Retry(attendance);
	}

	@Bean
	AttendanceJobs.Leave leaveMeeting(Attendance attendance) {
		return new AttendanceJobs.Leave(attendance);
	}

	@Bean
	AttendanceJobs.ForgetRecording forgetRecording(Attendance attendance) {
		return new AttendanceJobs.ForgetRecording(attendance);
	}

}
