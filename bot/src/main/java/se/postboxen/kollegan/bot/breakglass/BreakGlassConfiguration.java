package se.postboxen.kollegan.bot.breakglass;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.web.ApiProperties;
import se.postboxen.kollegan.breakglass.BreakGlass;
import se.postboxen.kollegan.breakglass.BreakGlassGrants;
import se.postboxen.kollegan.breakglass.BreakGlassJobs;
import se.postboxen.kollegan.breakglass.BreakGlassMail;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Users;

/**
 * Break-glass access: the use case, its jobs, and a gauge of grants giving rights now
 * (across tenants, no tenant label) that the {@code KolleganBreakGlassActive} alert
 * watches.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BreakGlassProperties.class)
class BreakGlassConfiguration {

	@Bean
	BreakGlass breakGlass(BreakGlassGrants grants, Users users, JobQueue jobs, AuditLog auditLog,
			Transactions transactions, Clock clock, BreakGlassProperties properties, BreakGlassMail mail,
			ApiProperties api, MeterRegistry registry) {
		BreakGlass breakGlass = new BreakGlass(grants, users, jobs, auditLog, transactions, clock, properties.longest(),
				mail, api.publicUrl());
		Gauge.builder("kollegan.break_glass.active", breakGlass, BreakGlass::countActive)
			.description("Break-glass grants giving administrator rights now")
			.register(registry);
		return breakGlass;
	}

	@Bean
	BreakGlassJobs.Notice breakGlassNotice(BreakGlass breakGlass) {
		return new BreakGlassJobs.Notice(breakGlass);
	}

	@Bean
	BreakGlassJobs.Expiry breakGlassExpiry(BreakGlass breakGlass) {
		return new BreakGlassJobs.Expiry(breakGlass);
	}

}
