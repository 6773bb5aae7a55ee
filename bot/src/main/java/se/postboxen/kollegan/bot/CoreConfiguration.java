package se.postboxen.kollegan.bot;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.BookingFollowUp;
import se.postboxen.kollegan.meeting.ForgottenMeetings;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.MeetingStatusFeed;
import se.postboxen.kollegan.meeting.MeetingUpdates;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantSettings;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Core's use cases are plain Java; this is where they meet the adapters that serve their
 * ports.
 */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	/**
	 * Every committed status change reaches live views and is counted by status (no
	 * tenant or meeting ids as labels).
	 */
	@Bean
	MeetingUpdates meetingUpdates(Meetings meetings, MeetingStatusFeed feed, Transactions transactions, Clock clock,
			MeterRegistry registry) {
		return new MeetingUpdates(meetings, change -> {
			registry.counter("kollegan.meeting.status.changes", "status", change.status().name()).increment();
			feed.publish(change);
		}, transactions, clock);
	}

	/**
	 * Runs before every other bean, so a misconfigured instance starts nothing at all.
	 */
	@Bean
	static DeploymentGuard deploymentGuard(Environment environment) {
		return new DeploymentGuard(environment);
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	TenantSettings tenantSettings(Tenants tenants, AuditLog auditLog, Transactions transactions, Clock clock) {
		return new TenantSettings(tenants, auditLog, transactions, clock);
	}

	@Bean
	MeetingScheduling meetingScheduling(Meetings meetings, JobQueue jobs, AuditLog auditLog, Transactions transactions,
			Clock clock, ForgottenMeetings forgotten, MeetingUpdates updates,
			ObjectProvider<BookingFollowUp> followUps) {
		return new MeetingScheduling(meetings, jobs, auditLog, transactions, clock, forgotten, updates,
				followUps.orderedStream().toList());
	}

}
