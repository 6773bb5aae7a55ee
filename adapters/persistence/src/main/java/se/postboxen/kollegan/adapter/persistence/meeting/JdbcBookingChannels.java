package se.postboxen.kollegan.adapter.persistence.meeting;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.BookingChannels;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Reads the channel from each meeting's first {@code meeting.scheduled} audit entry,
 * where scheduling writes it ({@code details.via}): the audit trail is the record of how
 * a meeting was booked, so the meeting row does not keep a second copy.
 */
@Component
class JdbcBookingChannels implements BookingChannels {

	private final JdbcClient jdbc;

	JdbcBookingChannels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<MeetingId, BookingChannel> of(TenantId tenantId, Collection<MeetingId> meetingIds) {
		Map<MeetingId, BookingChannel> channels = new HashMap<>();
		if (meetingIds.isEmpty()) {
			return channels;
		}
		this.jdbc.sql("""
				SELECT DISTINCT ON (subject_id) subject_id, details->>'via' AS via
				FROM audit_event
				WHERE tenant_id = :tenantId AND subject_type = 'meeting' AND action = 'meeting.scheduled'
				  AND subject_id IN (:ids)
				ORDER BY subject_id, occurred_at
				""")
			.param("tenantId", tenantId.value())
			.param("ids", meetingIds.stream().map(id -> id.value().toString()).toList())
			.query((rs, rowNum) -> {
				String via = rs.getString("via");
				if (via != null) {
					channels.put(new MeetingId(UUID.fromString(rs.getString("subject_id"))),
							BookingChannel.valueOf(via));
				}
				return null;
			})
			.list();
		return channels;
	}

}
