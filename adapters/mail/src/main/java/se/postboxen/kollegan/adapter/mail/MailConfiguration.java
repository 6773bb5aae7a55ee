package se.postboxen.kollegan.adapter.mail;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;

import se.postboxen.kollegan.action.NudgeMail;
import se.postboxen.kollegan.breakglass.BreakGlassMail;
import se.postboxen.kollegan.brief.BriefMail;
import se.postboxen.kollegan.calendar.CalendarParser;
import se.postboxen.kollegan.invite.InvitationReader;
import se.postboxen.kollegan.invite.OrganiserNotices;
import se.postboxen.kollegan.outbox.MailOutbox;
import se.postboxen.kollegan.regwatch.RegwatchAlertMail;

/**
 * E-mail in (invitations sent to the agent's addresses) and out, and the iCalendar parser
 * that reads invitations and published feeds alike.
 */
@AutoConfiguration(after = MailSenderAutoConfiguration.class)
public class MailConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(MailConfiguration.class);

	@Bean
	InvitationReader invitationReader(Clock clock) {
		return new MimeInvitationReader(clock);
	}

	@Bean
	CalendarParser calendarParser() {
		return new IcsCalendarParser();
	}

	/**
	 * Over SMTP when {@code spring.mail.host} is set; otherwise into the outbox (kept in
	 * the database, readable in the dashboard), so nothing meant for someone is lost in
	 * development.
	 */
	@Bean
	MailTransport mailTransport(ObjectProvider<JavaMailSender> mail, ObjectProvider<MailOutbox> outbox, Clock clock,
			@Value("${kollegan.mail.from:kollegan@kollegan.example}") String from) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender != null) {
			return new SmtpTransport(sender, from);
		}
		MailOutbox kept = outbox.getIfAvailable();
		if (kept != null) {
			logger.info("No mail server (spring.mail.host): mail is kept in the outbox");
			return outgoing -> kept.keep(outgoing, clock.instant());
		}
		return outgoing -> logger.warn("Mail ({}) not sent: no mail server (spring.mail.host) and no outbox",
				outgoing.kind());
	}

	@Bean
	OrganiserNotices organiserNotices(MailTransport transport) {
		return new MailOrganiserNotices(transport);
	}

	@Bean
	NudgeMail nudgeMail(MailTransport transport) {
		return new MailNudges(transport);
	}

	@Bean
	BriefMail briefMail(MailTransport transport) {
		return new MailBriefs(transport);
	}

	@Bean
	RegwatchAlertMail regwatchAlertMail(MailTransport transport) {
		return new MailRegwatchAlerts(transport);
	}

	@Bean
	BreakGlassMail breakGlassMail(MailTransport transport) {
		return new MailBreakGlassNotices(transport);
	}

}
