package se.postboxen.kollegan.adapter.persistence.attendance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.attendance.BotState;
import se.postboxen.kollegan.attendance.MeetingBot;
import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcMeetingBots implements MeetingBots {

	private final JdbcClient jdbc;

	JdbcMeetingBots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(MeetingBot bot) {
		this.jdbc.sql("""
				INSERT INTO meeting_bot (meeting_id, tenant_id, bot_id, attempt, state, reason, updated_at)
				VALUES (:meetingId, :tenantId, :botId, :attempt, :state, :reason, :updatedAt)
				ON CONFLICT (meeting_id) DO UPDATE SET bot_id = excluded.bot_id, attempt = excluded.attempt,
				    state = excluded.state, reason = excluded.reason, updated_at = excluded.updated_at
				""")
			.param("meetingId", bot.meetingId().value())
			.param("tenantId", bot.tenantId().value())
			.param("botId", bot.botId())
			.param("attempt", bot.attempt())
			.param("state", bot.state().name())
			.param("reason", bot.reason())
			.param("updatedAt", Timestamp.from(bot.updatedAt()))
			.update();
	}

	@Override
	public Optional<MeetingBot> findByBotId(String botId) {
		return this.jdbc.sql("SELECT * FROM meeting_bot WHERE bot_id = :botId")
			.param("botId", botId)
			.query((rs, row) -> bot(rs))
			.optional();
	}

	@Override
	public Optional<MeetingBot> findByMeeting(MeetingId meetingId) {
		return this.jdbc.sql("SELECT * FROM meeting_bot WHERE meeting_id = :meetingId")
			.param("meetingId", meetingId.value())
			.query((rs, row) -> bot(rs))
			.optional();
	}

	@Override
	public List<MeetingBot> findByTenant(TenantId tenantId) {
		return this.jdbc.sql("SELECT * FROM meeting_bot WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId.value())
			.query((rs, row) -> bot(rs))
			.list();
	}

	private static MeetingBot bot(ResultSet rs) throws SQLException {
		return new MeetingBot(new MeetingId(rs.getObject("meeting_id", UUID.class)),
				new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getString("bot_id"), rs.getInt("attempt"),
				BotState.valueOf(rs.getString("state")), rs.getString("reason"),
				rs.getTimestamp("updated_at").toInstant());
	}

}
