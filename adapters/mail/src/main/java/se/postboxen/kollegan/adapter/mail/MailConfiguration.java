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

import se.postboxen.kollegan.calendar.CalendarParser;
import se.postboxen.kollegan.invite.InvitationReader;
import se.postboxen.kollegan.invite.OrganiserNotices;
import se.postboxen.kollegan.person.EmailAddress;

/**
 * E-mail in (invitations sent to the agent's addresses) and calendars published as ICS
 * feeds.
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

	@Bean(destroyMethod = "close")
	IcsFeedReader calendarFeeds() {
		return new IcsFeedReader();
	}

	/**
	 * Over SMTP when {@code spring.mail.host} is set; otherwise notices are only logged
	 * as not sent (development without a mail server).
	 */
	@Bean
	OrganiserNotices organiserNotices(ObjectProvider<JavaMailSender> mail,
			@Value("${kollegan.mail.from:kollegan@kollegan.example}") String from) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender != null) {
			return new MailOrganiserNotices(sender, from);
		}
		return new OrganiserNotices() {

			@Override
			public void notJoinable(EmailAddress organiser, String meetingTitle) {
				notSent();
			}

			@Override
			public void waitingInLobby(EmailAddress organiser, String meetingTitle) {
				notSent();
			}

			@Override
			public void transcriptWanted(EmailAddress organiser, String meetingTitle) {
				notSent();
			}

			private void notSent() {
				logger.warn("Organiser notice not sent: no mail server (spring.mail.host)");
			}

		};
	}

}
