package se.postboxen.kollegan.adapter.teams;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatReply;
import se.postboxen.kollegan.chat.ChatResponder;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.EmailAddress;

/**
 * Kollegan in Teams: answers commands in the conversation they were written in, and puts
 * the consent card into every Teams chat a meeting is known by (where it was asked to
 * join, or the meeting chat it saw start). A late joiner is asked in the meeting chat,
 * named on the card: a proactive 1:1 chat is not opened yet.
 */
public class TeamsChat implements ChatResponder, ChatPlatform {

	private final TeamsConnector connector;

	private final ChatMeetings chatMeetings;

	TeamsChat(TeamsConnector connector, ChatMeetings chatMeetings) {
		this.connector = connector;
		this.chatMeetings = chatMeetings;
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

	@Override
	public boolean reaches(Meeting meeting) {
		return !this.chatMeetings.addresses(meeting.tenantId(), meeting.id(), ChatPlatformKind.TEAMS).isEmpty();
	}

	@Override
	public void postConsentCard(ConsentCard card) {
		List<String> addresses = this.chatMeetings.addresses(card.tenantId(), card.meetingId(), ChatPlatformKind.TEAMS);
		Map<String, Object> message = TeamsCards.message(TeamsCards.consent(card));
		for (String address : addresses) {
			this.connector.send(address(address), message);
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
