package se.postboxen.kollegan.adapter.teams.api;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a Bot Framework activity Kollegan reads; everything else in it is ignored,
 * as the activity protocol asks of receivers ("MUST accept fields they do not
 * understand").
 *
 * @param value an invoke's or event's payload, or the data of an {@code Action.Submit}
 * @see <a href=
 * "https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/conversations/conversation-messages">Messages
 * in bot conversations</a>
 */
public record Activity(@Nullable String type, @Nullable String id, @Nullable String name, @Nullable String serviceUrl,
		@Nullable String channelId, @Nullable ChannelAccount from, @Nullable ConversationAccount conversation,
		@Nullable ChannelAccount recipient, @Nullable String text, @Nullable String locale, @Nullable JsonNode value,
		@Nullable ChannelData channelData, @Nullable List<ChannelAccount> membersAdded) {

	/** A person or bot: {@code 29:…} for people, {@code 28:<app id>} for bots. */
	public record ChannelAccount(@Nullable String id, @Nullable String name, @Nullable String aadObjectId) {

	}

	/** A personal chat, group chat (a meeting chat is one) or channel conversation. */
	public record ConversationAccount(@Nullable String id, @Nullable String conversationType,
			@Nullable String tenantId) {

	}

	/** Teams' own additions: the directory, and the meeting whose chat this is. */
	public record ChannelData(@Nullable Tenant tenant, @Nullable Meeting meeting) {

	}

	public record Tenant(@Nullable String id) {

	}

	public record Meeting(@Nullable String id) {

	}

	/**
	 * The Entra directory the activity comes from ({@code channelData.tenant.id}, or the
	 * conversation's).
	 */
	public @Nullable String directoryId() {
		if (this.channelData != null && this.channelData.tenant() != null && this.channelData.tenant().id() != null) {
			return this.channelData.tenant().id();
		}
		return (this.conversation != null) ? this.conversation.tenantId() : null;
	}

	/** The Teams meeting whose chat this is, if it is one. */
	public @Nullable String meetingId() {
		return (this.channelData != null && this.channelData.meeting() != null) ? this.channelData.meeting().id()
				: null;
	}

	/** Whether the bot itself is among the members just added to the conversation. */
	public boolean addsTheBot() {
		return this.membersAdded != null && this.recipient != null && this.recipient.id() != null
				&& this.membersAdded.stream().anyMatch(member -> this.recipient.id().equals(member.id()));
	}

}
