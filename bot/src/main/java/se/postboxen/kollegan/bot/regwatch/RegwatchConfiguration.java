package se.postboxen.kollegan.bot.regwatch;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.web.ApiProperties;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobSchedule;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.regwatch.RegwatchAdmin;
import se.postboxen.kollegan.regwatch.RegwatchAlertMail;
import se.postboxen.kollegan.regwatch.RegwatchAlerts;
import se.postboxen.kollegan.regwatch.RegwatchBriefHighlights;
import se.postboxen.kollegan.regwatch.RegwatchFetcher;
import se.postboxen.kollegan.regwatch.RegwatchItems;
import se.postboxen.kollegan.regwatch.RegwatchJobs;
import se.postboxen.kollegan.regwatch.RegwatchReading;
import se.postboxen.kollegan.regwatch.RegwatchRelevance;
import se.postboxen.kollegan.regwatch.RegwatchSources;
import se.postboxen.kollegan.regwatch.RegwatchTopics;
import se.postboxen.kollegan.regwatch.RegwatchWatch;
import se.postboxen.kollegan.regwatch.TextDiff;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Users;

/**
 * Regwatch: sources and topics kept by administrators, fetched every hour through the job
 * queue, relevant changes alerted and offered to pre-briefs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegwatchProperties.class)
class RegwatchConfiguration {

	@Bean
	RegwatchRelevance regwatchRelevance(RegwatchProperties properties) {
		return new RegwatchRelevance(properties.alertAt());
	}

	@Bean
	RegwatchWatch regwatchWatch(RegwatchSources sources, RegwatchItems items, RegwatchTopics topics,
			RegwatchFetcher fetcher, RegwatchRelevance relevance, JobQueue jobs, Transactions transactions,
			Clock clock) {
		return new RegwatchWatch(sources, items, topics, fetcher, relevance, jobs, transactions, clock);
	}

	@Bean
	RegwatchAdmin regwatchAdmin(RegwatchSources sources, RegwatchTopics topics, RegwatchItems items,
			RegwatchFetcher fetcher, RegwatchRelevance relevance, JobQueue jobs, AuditLog auditLog,
			Transactions transactions, Clock clock) {
		return new RegwatchAdmin(sources, topics, items, fetcher, relevance, jobs, auditLog, transactions, clock);
	}

	@Bean
	RegwatchReading regwatchReading(RegwatchSources sources, RegwatchItems items, RegwatchTopics topics,
			TextDiff diff) {
		return new RegwatchReading(sources, items, topics, diff);
	}

	@Bean
	RegwatchAlerts regwatchAlerts(RegwatchItems items, RegwatchSources sources, Users users,
			ObjectProvider<ChatPlatform> platforms, RegwatchAlertMail mail, ApiProperties api, TenantModules modules) {
		return new RegwatchAlerts(items, sources, users, platforms.orderedStream().toList(), mail, api.publicUrl(),
				modules);
	}

	@Bean
	RegwatchBriefHighlights regwatchBriefHighlights(RegwatchSources sources, RegwatchItems items) {
		return new RegwatchBriefHighlights(sources, items);
	}

	@Bean
	JobSchedule regwatchSchedule() {
		return RegwatchJobs.SCHEDULE;
	}

	@Bean
	RegwatchJobs.Scan regwatchScan(RegwatchSources sources, JobQueue queue, TenantModules modules) {
		return new RegwatchJobs.Scan(sources, queue, modules);
	}

	@Bean
	RegwatchJobs.Fetch regwatchFetch(RegwatchWatch watch, TenantModules modules) {
		return new RegwatchJobs.Fetch(watch, modules);
	}

	@Bean
	RegwatchJobs.Alert regwatchAlert(RegwatchAlerts alerts) {
		return new RegwatchJobs.Alert(alerts);
	}

}
