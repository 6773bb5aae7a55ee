package se.postboxen.kollegan.bot.offboarding;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.magiclink.MagicLinkProperties;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.ForgottenMeetings;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.offboarding.Offboarding;
import se.postboxen.kollegan.offboarding.PersonalData;
import se.postboxen.kollegan.shared.Transactions;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OffboardingProperties.class)
class OffboardingConfiguration {

	@Bean
	Offboarding offboarding(Meetings meetings, MeetingBots bots, JobQueue jobs, ObjectProvider<PersonalData> stores,
			AuditLog auditLog, Transactions transactions, Clock clock, OffboardingProperties properties,
			ForgottenMeetings forgotten) {
		return new Offboarding(meetings, bots, jobs, stores.orderedStream().toList(), auditLog, transactions, clock,
				properties.backupRetention(), forgotten);
	}

	/**
	 * Confirmation tokens are signed with the server's signing key (the magic links').
	 */
	@Bean
	TenantOffboarding tenantOffboarding(Offboarding offboarding, MagicLinkProperties keys, Clock clock,
			OffboardingProperties properties) {
		return new TenantOffboarding(offboarding,
				new TenantConfirmations(keys.key(), clock, properties.confirmationLifetime()));
	}

}
