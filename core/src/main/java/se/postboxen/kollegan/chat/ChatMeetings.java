package se.postboxen.kollegan.chat;

import java.util.List;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Where each meeting can be talked to in chat (a Teams meeting chat, the Slack channel or
 * Zoom chat a join command came from): consent cards and recaps go there.
 */
public interface ChatMeetings {

	/** Remembers (or refreshes) where the meeting can be reached on a platform. */
	void remember(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform, String address);

	/** The places the meeting can be reached, newest first. */
	List<String> addresses(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform);

}
