package se.postboxen.kollegan.bot.consent;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.consent.ConsentReplies;
import se.postboxen.kollegan.consent.ConsentRequestJob;
import se.postboxen.kollegan.consent.ParticipantJoins;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.MeetingConclusions;
import se.postboxen.kollegan.meeting.MeetingUpdates;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.offboarding.PersonalData;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenants;

@Configuration(proxyBeanMethods = false)
class ConsentConfiguration {

	/**
	 * Answers reach the use case lazily: the chat platforms that deliver them are
	 * themselves among its dependencies. Every platform's answers come this way and are
	 * counted.
	 */
	@Bean
	ConsentReplies consentReplies(ObjectProvider<Consent> consent, MeterRegistry registry) {
		return new ConsentMetrics(registry).counting(reply -> consent.getObject().replied(reply));
	}

	/**
	 * Joins reach the use case lazily too: the gateway reporting them is a dependency.
	 */
	@Bean
	ParticipantJoins participantJoins(ObjectProvider<Consent> consent) {
		return (botId, participant) -> consent.getObject().joined(botId, participant);
	}

	@Bean
	Consent consent(Meetings meetings, ConsentRecords records, Tenants tenants, ObjectProvider<ChatPlatform> platforms,
			MeetingBots bots, ObjectProvider<PersonalData> personalData, MeetingConclusions conclusions, JobQueue jobs,
			AuditLog auditLog, Transactions transactions, MeetingUpdates updates, Clock clock) {
		return new Consent(meetings, records, tenants, platforms.orderedStream().toList(), bots,
				personalData.orderedStream().toList(), conclusions, jobs, auditLog, transactions, updates, clock);
	}

	@Bean
	ConsentRequestJob consentRequestJob(Consent consent) {
		return new ConsentRequestJob(consent);
	}

}
