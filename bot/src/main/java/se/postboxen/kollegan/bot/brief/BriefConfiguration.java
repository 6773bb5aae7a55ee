package se.postboxen.kollegan.bot.brief;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.web.ApiProperties;
import se.postboxen.kollegan.brief.BriefMail;
import se.postboxen.kollegan.brief.Briefs;
import se.postboxen.kollegan.brief.EarlierMeetings;
import se.postboxen.kollegan.brief.PostBriefJob;
import se.postboxen.kollegan.brief.PostBriefs;
import se.postboxen.kollegan.brief.PreBriefJob;
import se.postboxen.kollegan.brief.PreBriefSchedule;
import se.postboxen.kollegan.brief.PreBriefs;
import se.postboxen.kollegan.brief.RegwatchHighlights;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.stakeholder.StakeholderProfiles;

/**
 * Briefs: the pre-briefs queued with each booking, the post-brief with each recap, and
 * the jobs that write and mail them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BriefProperties.class)
class BriefConfiguration {

	/** Queues jobs only: booking a meeting must not wait on what a brief reads. */
	@Bean
	PreBriefSchedule preBriefSchedule(JobQueue jobs, Clock clock, BriefProperties properties) {
		return new PreBriefSchedule(jobs, clock, properties.preOffsets());
	}

	/**
	 * Regwatch items appear in pre-briefs once a regwatch module provides
	 * {@link RegwatchHighlights}; until then there is no such section.
	 */
	@Bean
	PreBriefs preBriefs(Meetings meetings, EarlierMeetings earlierMeetings, Decisions decisions, ActionItems actions,
			StakeholderProfiles profiles, Consent consent, Briefs briefs, BriefMail mail,
			ObjectProvider<RegwatchHighlights> regwatch, AuditLog auditLog, Transactions transactions, Clock clock,
			ApiProperties api, BriefProperties properties) {
		return new PreBriefs(meetings, earlierMeetings, decisions, actions, profiles, consent, briefs, mail,
				regwatch.getIfAvailable(), auditLog, transactions, clock, api.publicUrl(),
				properties.earlierMeetings());
	}

	@Bean
	PreBriefJob preBriefJob(PreBriefs preBriefs) {
		return new PreBriefJob(preBriefs);
	}

	@Bean
	PostBriefs postBriefs(Meetings meetings, Recaps recaps, Decisions decisions, ActionItems actions, Consent consent,
			Briefs briefs, BriefMail mail, JobQueue jobs, Clock clock, ApiProperties api, BriefProperties properties) {
		return new PostBriefs(meetings, recaps, decisions, actions, consent, briefs, mail, jobs, clock, api.publicUrl(),
				properties.postDelay());
	}

	@Bean
	PostBriefJob postBriefJob(PostBriefs postBriefs) {
		return new PostBriefJob(postBriefs);
	}

}
