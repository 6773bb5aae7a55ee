package se.postboxen.kollegan.bot.calendar;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.calendar.CalendarConnections;
import se.postboxen.kollegan.calendar.CalendarFeeds;
import se.postboxen.kollegan.calendar.CalendarJobs;
import se.postboxen.kollegan.calendar.CalendarPolicies;
import se.postboxen.kollegan.calendar.CalendarSettings;
import se.postboxen.kollegan.calendar.CalendarSync;
import se.postboxen.kollegan.calendar.MicrosoftCalendarSync;
import se.postboxen.kollegan.calendar.MicrosoftCalendars;
import se.postboxen.kollegan.calendar.MicrosoftConnections;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobSchedule;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.Users;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	CalendarSync calendarSync(CalendarConnections connections, CalendarPolicies policies, CalendarFeeds feeds,
			Users users, MeetingScheduling scheduling, AuditLog auditLog, Transactions transactions, Clock clock) {
		return new CalendarSync(connections, policies, feeds, users, scheduling, auditLog, transactions, clock);
	}

	@Bean
	CalendarSettings calendarSettings(CalendarSync sync, MicrosoftCalendarSync microsoft, JobQueue jobs, Clock clock) {
		return new CalendarSettings(sync, microsoft, jobs, clock);
	}

	@Bean
	JobSchedule calendarFeedSchedule() {
		return CalendarJobs.SCHEDULE;
	}

	@Bean
	CalendarJobs.Scan calendarScan(CalendarConnections connections, MicrosoftConnections microsoft, JobQueue queue) {
		return new CalendarJobs.Scan(connections, microsoft, queue);
	}

	@Bean
	MicrosoftCalendarSync microsoftCalendarSync(MicrosoftCalendars microsoft, MicrosoftConnections connections,
			CalendarSync calendars, CalendarConnections settings, MeetingScheduling scheduling, Tenants tenants,
			Users users, Clock clock) {
		return new MicrosoftCalendarSync(microsoft, connections, calendars, settings, scheduling, tenants, users,
				clock);
	}

	@Bean
	CalendarJobs.Sync calendarUserSync(CalendarSync sync, MicrosoftCalendarSync microsoft) {
		return new CalendarJobs.Sync(sync, microsoft);
	}

	@Bean
	JobSchedule microsoftRenewalSchedule() {
		return CalendarJobs.RENEWAL;
	}

	@Bean
	CalendarJobs.Renew microsoftRenewal(MicrosoftCalendarSync microsoft) {
		return new CalendarJobs.Renew(microsoft);
	}

	@Bean
	CalendarJobs.Lifecycle microsoftLifecycle(MicrosoftCalendarSync microsoft) {
		return new CalendarJobs.Lifecycle(microsoft);
	}

}
