package se.postboxen.kollegan.bot.chat;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.bot.invite.InviteProperties;
import se.postboxen.kollegan.bot.web.ApiProperties;
import se.postboxen.kollegan.chat.ChatActionJob;
import se.postboxen.kollegan.chat.ChatCommandJob;
import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatNoticeJob;
import se.postboxen.kollegan.chat.ChatNotices;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.chat.ChatConsentJob;
import se.postboxen.kollegan.chat.ChatCommands;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatResponder;
import se.postboxen.kollegan.consent.ConsentReplies;
import se.postboxen.kollegan.invite.InviteSettings;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.Users;

/** Chat commands, the same on every platform; each platform's ingress feeds them. */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	@Bean
	ChatCommands chatCommands(JobQueue jobs, MeetingScheduling scheduling, Meetings meetings, ChatMeetings chatMeetings,
			ChatContacts contacts, Tenants tenants, ObjectProvider<ChatResponder> responders,
			ConsentReplies consentReplies, ActionFollowUps followUps, Users users, InviteSettings invites,
			InviteProperties inviteProperties, Clock clock) {
		return new ChatCommands(jobs, scheduling, meetings, chatMeetings, contacts, tenants,
				responders.orderedStream().toList(), consentReplies, followUps, users, invites,
				inviteProperties.domain(), clock);
	}

	@Bean
	ChatNotices chatNotices(Meetings meetings, Recaps recaps, Decisions decisions, ActionItems actions,
			ObjectProvider<ChatPlatform> platforms, ApiProperties api) {
		return new ChatNotices(meetings, recaps, decisions, actions, platforms.orderedStream().toList(),
				api.publicUrl());
	}

	@Bean
	ChatNoticeJob chatNoticeJob(ChatNotices notices) {
		return new ChatNoticeJob(notices);
	}

	@Bean
	ChatActionJob chatActionJob(ChatCommands commands) {
		return new ChatActionJob(commands);
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
