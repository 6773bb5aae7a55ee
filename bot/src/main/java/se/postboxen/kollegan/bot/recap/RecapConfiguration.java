package se.postboxen.kollegan.bot.recap;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.MeetingConclusions;
import se.postboxen.kollegan.meeting.MeetingUpdates;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.LanguageModel;
import se.postboxen.kollegan.recap.MeetingAnalysis;
import se.postboxen.kollegan.recap.MeetingAnalysisJob;
import se.postboxen.kollegan.recap.RecapFollowUp;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.transcript.PlatformTranscripts;
import se.postboxen.kollegan.transcript.Transcripts;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalysisProperties.class)
class RecapConfiguration {

	@Bean
	MeetingAnalysis meetingAnalysis(Meetings meetings, MeetingBots bots, MeetingBotGateway gateway,
			ObjectProvider<PlatformTranscripts> platforms, Transcripts transcripts, Recaps recaps, Decisions decisions,
			ActionItems actions, LanguageModel model, Consent consent, MeetingConclusions conclusions, JobQueue jobs,
			AuditLog auditLog, Transactions transactions, MeetingUpdates updates, Clock clock,
			AnalysisProperties properties, ObjectProvider<RecapFollowUp> followUps) {
		return new MeetingAnalysis(meetings, bots, gateway, platforms.orderedStream().toList(), transcripts, recaps,
				decisions, actions, model, consent, conclusions, jobs, auditLog, transactions, updates, clock,
				properties.platformTranscriptChecks(), followUps.orderedStream().toList());
	}

	@Bean
	MeetingAnalysisJob meetingAnalysisJob(MeetingAnalysis analysis) {
		return new MeetingAnalysisJob(analysis);
	}

}
