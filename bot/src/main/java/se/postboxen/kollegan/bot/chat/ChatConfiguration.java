package se.postboxen.kollegan.bot.chat;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.chat.ChatCommandJob;
import se.postboxen.kollegan.chat.ChatConsentJob;
import se.postboxen.kollegan.chat.ChatCommands;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatResponder;
import se.postboxen.kollegan.consent.ConsentReplies;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.tenant.Tenants;

/** Chat commands, the same on every platform; each platform's ingress feeds them. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	@Bean
	ChatCommands chatCommands(JobQueue jobs, MeetingScheduling scheduling, Meetings meetings, ChatMeetings chatMeetings,
			Tenants tenants, ObjectProvider<ChatResponder> responders, ConsentReplies consentReplies, Clock clock) {
		return new ChatCommands(jobs, scheduling, meetings, chatMeetings, tenants, responders.orderedStream().toList(),
				consentReplies, clock);
	}

	@Bean
	ChatConsentJob chatConsentJob(ChatCommands commands) {
		return new ChatConsentJob(commands);
	}

	@Bean
	ChatCommandJob chatCommandJob(ChatCommands commands) {
		return new ChatCommandJob(commands);
	}

}
