package se.postboxen.kollegan.bot.retention;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobSchedule;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.retention.ExpiringData;
import se.postboxen.kollegan.retention.ExpiringTranscripts;
import se.postboxen.kollegan.retention.RetentionJobs;
import se.postboxen.kollegan.retention.RetentionPolicies;
import se.postboxen.kollegan.retention.RetentionSettings;
import se.postboxen.kollegan.retention.RetentionSweeper;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.transcript.Transcripts;

/**
 * Retention: each tenant's policy, changed by its administrators, and the sweep every
 * night through the job queue.
 */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

	@Bean
	RetentionSettings retentionSettings(RetentionPolicies policies, AuditLog auditLog, Transactions transactions,
			Clock clock) {
		return new RetentionSettings(policies, auditLog, transactions, clock);
	}

	@Bean
	RetentionSweeper retentionSweeper(RetentionPolicies policies, ObjectProvider<ExpiringData> stores,
			ExpiringTranscripts expiringTranscripts, Transcripts transcripts, Meetings meetings, Recaps recaps,
			Consent consent, AuditLog auditLog, Transactions transactions, Clock clock) {
		return new RetentionSweeper(policies, stores.orderedStream().toList(), expiringTranscripts, transcripts,
				meetings, recaps, consent, auditLog, transactions, clock);
	}

	@Bean
	JobSchedule retentionSchedule() {
		return RetentionJobs.SCHEDULE;
	}

	@Bean
	RetentionJobs retentionJobs(RetentionSweeper sweeper, RetentionPolicies policies, JobQueue queue) {
		return new RetentionJobs(sweeper, policies, queue);
	}

}
