package se.postboxen.kollegan.bot.magiclink;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.magiclink.MagicLinkBooking;
import se.postboxen.kollegan.magiclink.MagicLinkSigner;
import se.postboxen.kollegan.magiclink.MagicLinks;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.shared.Transactions;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MagicLinkProperties.class)
class MagicLinkConfiguration {

	@Bean
	MagicLinkBooking magicLinkBooking(MagicLinks links, MeetingScheduling scheduling, AuditLog auditLog,
			Transactions transactions, Clock clock, MagicLinkProperties properties) {
		return new MagicLinkBooking(links, new MagicLinkSigner(properties.keyId(), properties.keys()), scheduling,
				auditLog, transactions, clock, properties.lifetime());
	}

}
