package se.postboxen.kollegan.bot.nudge;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionNudgeJob;
import se.postboxen.kollegan.action.NudgeMail;
import se.postboxen.kollegan.action.TaskBoards;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.web.ApiProperties;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenants;

/** Following actions up: nudges to owners, their answers, the organiser told. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NudgeProperties.class)
class NudgeConfiguration {

	@Bean
	ActionFollowUps actionFollowUps(ActionItems actions, Meetings meetings, Tenants tenants,
			ObjectProvider<ChatPlatform> platforms, NudgeMail mail, TaskBoards taskBoards, JobQueue jobs,
			NudgeProperties properties, AuditLog auditLog, Transactions transactions, Clock clock, ApiProperties api) {
		return new ActionFollowUps(actions, meetings, tenants, platforms.orderedStream().toList(), mail, taskBoards,
				jobs, properties.policy(), auditLog, transactions, clock, api.publicUrl());
	}

	@Bean
	ActionNudgeJob actionNudgeJob(ActionFollowUps followUps) {
		return new ActionNudgeJob(followUps);
	}

}
