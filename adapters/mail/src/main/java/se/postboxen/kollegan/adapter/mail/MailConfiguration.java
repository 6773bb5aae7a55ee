package se.postboxen.kollegan.adapter.mail;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import se.postboxen.kollegan.invite.InvitationReader;

/**
 * E-mail in (invitations sent to the agent's addresses) and calendars published as ICS
 * feeds.
 */
@AutoConfiguration
public class MailConfiguration {

	@Bean
	InvitationReader invitationReader(Clock clock) {
		return new MimeInvitationReader(clock);
	}

	@Bean(destroyMethod = "close")
	IcsFeedReader calendarFeeds() {
		return new IcsFeedReader();
	}

}
