package se.postboxen.kollegan.bot;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.shared.Transactions;

/**
 * Core's use cases are plain Java; this is where they meet the adapters that serve their
 * ports.
 */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	MeetingScheduling meetingScheduling(Meetings meetings, AuditLog auditLog, Transactions transactions, Clock clock) {
		return new MeetingScheduling(meetings, auditLog, transactions, clock);
	}

}
