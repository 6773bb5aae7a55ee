package se.postboxen.kollegan.adapter.persistence.chat;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcChatMeetings implements ChatMeetings {

	private final JdbcClient jdbc;

	JdbcChatMeetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void remember(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform, String address) {
		this.jdbc.sql("""
				INSERT INTO chat_meeting (tenant_id, meeting_id, platform, address) VALUES (:tenantId, :meetingId,
				    :platform, :address)
				ON CONFLICT (meeting_id, platform, address) DO UPDATE SET updated_at = now()
				""")
			.param("tenantId", tenantId.value())
			.param("meetingId", meetingId.value())
			.param("platform", platform.name())
			.param("address", address)
			.update();
	}

	@Override
	public List<String> addresses(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform) {
		return this.jdbc.sql("""
				SELECT address FROM chat_meeting
				WHERE tenant_id = :tenantId AND meeting_id = :meetingId AND platform = :platform
				ORDER BY updated_at DESC
				""")
			.param("tenantId", tenantId.value())
			.param("meetingId", meetingId.value())
			.param("platform", platform.name())
			.query(String.class)
			.list();
	}

}
