package se.postboxen.kollegan.adapter.teams;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatReply;
import se.postboxen.kollegan.chat.ChatResponder;
import se.postboxen.kollegan.chat.LobbyNotice;
import se.postboxen.kollegan.chat.RecapNotice;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.regwatch.RegwatchAlertNotice;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Kollegan in Teams: answers commands in the conversation they were written in, and puts
 * the consent card, the lobby notice and the recap into every Teams chat a meeting is
 * known by (where it was asked to join, or the meeting chat it saw start). A late joiner
 * is asked in the meeting chat, named on the card. A person is written to alone (nudges,
 * regwatch alerts) only in their own 1:1 chat with Kollegan, remembered when they last
 * wrote there: Kollegan does not open one itself, since Teams lets a bot do so only where
 * its app is installed for that person, and the 1:1 chat they already have is that proof.
 */
public class TeamsChat implements ChatResponder, ChatPlatform {

	private final TeamsConnector connector;

	private final ChatMeetings chatMeetings;

	private final ChatContacts contacts;

	TeamsChat(TeamsConnector connector, ChatMeetings chatMeetings, ChatContacts contacts) {
		this.connector = connector;
		this.chatMeetings = chatMeetings;
		this.contacts = contacts;
	}

	@Override
	public ChatPlatformKind kind() {
		return ChatPlatformKind.TEAMS;
	}

	@Override
	public void reply(String replyTo, ChatReply reply) {
		this.connector.send(address(replyTo), Map.of("type", "message", "text", reply.text()));
	}

	/**
	 * From the conversation's member record: {@code email}, else the
	 * {@code userPrincipalName}, which is an address in most directories.
	 *
	 * @see <a href=
	 * "https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/get-teams-context">Get
	 * Teams specific context for your bot: single member details</a>
	 */
	@Override
	public Optional<EmailAddress> emailOf(String replyTo, String platformUserId) {
		Optional<JsonNode> member = this.connector.member(address(replyTo), platformUserId);
		return member.flatMap(found -> address(found, "email").or(() -> address(found, "userPrincipalName")));
	}

	/**
	 * The conversation itself, when it is the person's 1:1 chat with Kollegan: a group
	 * chat or channel is never a place to write to someone alone.
	 */
	@Override
	public Optional<String> directAddress(String replyTo, String platformUserId) {
		return TeamsAddress.decode(replyTo).filter(TeamsAddress::personal).map(TeamsAddress::encode);
	}

	@Override
	public boolean reaches(Meeting meeting) {
		return !this.chatMeetings.addresses(meeting.tenantId(), meeting.id(), ChatPlatformKind.TEAMS).isEmpty();
	}

	@Override
	public void postConsentCard(ConsentCard card) {
		postToMeetingChats(card.tenantId(), card.meetingId(), TeamsCards.consent(card));
	}

	@Override
	public void postLobbyNotice(LobbyNotice notice) {
		postToMeetingChats(notice.tenantId(), notice.meetingId(), TeamsCards.lobby(notice));
	}

	@Override
	public void postRecap(RecapNotice recap) {
		postToMeetingChats(recap.tenantId(), recap.meetingId(), TeamsCards.recap(recap));
	}

	/** Whether the person has a 1:1 chat with Kollegan that is remembered. */
	@Override
	public boolean reaches(TenantId tenantId, EmailAddress person) {
		return personalChat(tenantId, person).isPresent();
	}

	/**
	 * A proactive message into the owner's 1:1 chat with Kollegan.
	 * @throws IllegalStateException when no such chat is remembered (any more): the nudge
	 * job asked {@link #reaches} first, so only an erasure in between gets here, and the
	 * job's retry then finds nobody to nudge
	 */
	@Override
	public void postNudge(ActionNudge nudge) {
		TeamsAddress chat = personalChat(nudge.tenantId(), nudge.owner())
			.orElseThrow(() -> new IllegalStateException("no 1:1 Teams chat with the action's owner"));
		this.connector.send(chat, TeamsCards.message(TeamsCards.nudge(nudge)));
	}

	/**
	 * A proactive message into the administrator's 1:1 chat with Kollegan, as a nudge
	 * goes; none when that chat is no longer remembered (the alert then goes by mail).
	 */
	@Override
	public boolean postRegwatchAlert(RegwatchAlertNotice notice) {
		Optional<TeamsAddress> chat = personalChat(notice.tenantId(), notice.recipient());
		chat.ifPresent(personal -> this.connector.send(personal, TeamsCards.message(TeamsCards.regwatchAlert(notice))));
		return chat.isPresent();
	}

	private Optional<TeamsAddress> personalChat(TenantId tenantId, EmailAddress person) {
		return this.contacts.address(tenantId, person, ChatPlatformKind.TEAMS)
			.flatMap(TeamsAddress::decode)
			.filter(TeamsAddress::personal);
	}

	/**
	 * Posts a card into each Teams chat of the meeting once, through the connector it was
	 * last seen at (addresses come newest first): a chat remembered both before and after
	 * addresses said whether they are personal, or from two regions, is one chat.
	 */
	private void postToMeetingChats(TenantId tenantId, MeetingId meetingId, Map<String, Object> card) {
		Map<String, TeamsAddress> chats = new LinkedHashMap<>();
		for (String encoded : this.chatMeetings.addresses(tenantId, meetingId, ChatPlatformKind.TEAMS)) {
			TeamsAddress chat = address(encoded);
			chats.putIfAbsent(chat.conversationId(), chat);
		}
		Map<String, Object> message = TeamsCards.message(card);
		for (TeamsAddress chat : chats.values()) {
			this.connector.send(chat, message);
		}
	}

	private static TeamsAddress address(String encoded) {
		return TeamsAddress.decode(encoded)
			.orElseThrow(() -> new IllegalArgumentException("not a Teams address Kollegan wrote"));
	}

	private static Optional<EmailAddress> address(JsonNode member, String field) {
		@Nullable String value = member.path(field).asString(null);
		if (value == null || !EmailAddress.isValid(value)) {
			return Optional.empty();
		}
		return Optional.of(EmailAddress.of(value));
	}

}
