package se.postboxen.kollegan.bot.invite;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.invite.AgentAddresses;
import se.postboxen.kollegan.invite.AgentMailbox;
import se.postboxen.kollegan.invite.InvitationReader;
import se.postboxen.kollegan.invite.Invitations;
import se.postboxen.kollegan.invite.InviteSettings;
import se.postboxen.kollegan.invite.MailboxJobs;
import se.postboxen.kollegan.invite.OrganiserNoticeJob;
import se.postboxen.kollegan.invite.OrganiserNotices;
import se.postboxen.kollegan.invite.RecurringSeries;
import se.postboxen.kollegan.invite.SeriesJobs;
import se.postboxen.kollegan.invite.VerifiedDomains;
import se.postboxen.kollegan.calendar.CalendarParser;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobSchedule;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Users;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InviteProperties.class)
class InviteConfiguration {

	@Bean
	Invitations invitations(InvitationReader reader, AgentAddresses addresses, VerifiedDomains domains, Users users,
			MeetingScheduling scheduling, JobQueue jobs, RecurringSeries series, CalendarParser parser,
			AuditLog auditLog, Clock clock, InviteProperties properties) {
		return new Invitations(reader, addresses, domains, users, scheduling, jobs, series, parser, auditLog, clock,
				properties.domain());
	}

	@Bean
	JobSchedule seriesExtendSchedule() {
		return SeriesJobs.SCHEDULE;
	}

	@Bean
	SeriesJobs seriesJobs(Invitations invitations) {
		return new SeriesJobs(invitations);
	}

	@Bean
	MailboxJobs mailboxJobs(Invitations invitations, AgentMailbox mailbox) {
		return new MailboxJobs(invitations, mailbox);
	}

	/** Only with a mailbox to read: no job a minute for nothing. */
	@Bean
	@ConditionalOnProperty("kollegan.graph.agent-mailbox")
	JobSchedule mailboxSchedule() {
		return MailboxJobs.SCHEDULE;
	}

	@Bean
	OrganiserNoticeJob organiserNoticeJob(OrganiserNotices notices) {
		return new OrganiserNoticeJob(notices);
	}

	@Bean
	InviteSettings inviteSettings(AgentAddresses addresses, VerifiedDomains domains, AuditLog auditLog,
			Transactions transactions, Clock clock) {
		return new InviteSettings(addresses, domains, auditLog, transactions, clock);
	}

}
