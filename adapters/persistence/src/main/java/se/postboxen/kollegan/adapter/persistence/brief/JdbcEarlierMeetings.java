package se.postboxen.kollegan.adapter.persistence.brief;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.persistence.stakeholder.StakeholderFacts;
import se.postboxen.kollegan.brief.EarlierMeetings;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcEarlierMeetings implements EarlierMeetings {

	private final JdbcClient jdbc;

	JdbcEarlierMeetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<MeetingId> find(TenantId tenantId, Instant before, @Nullable String icalUid, Set<EmailAddress> people,
			@Nullable EmailAddress concerning, int limit) {
		List<String> related = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (icalUid != null) {
			related.add("m.ical_uid = :icalUid");
			params.put("icalUid", icalUid);
		}
		if (!people.isEmpty()) {
			related.add("m.organizer_email IN (:people) OR EXISTS (SELECT 1 FROM meeting_participant p "
					+ "WHERE p.meeting_id = m.id AND p.email IN (:people))");
			params.put("people", people.stream().map(EmailAddress::value).toList());
		}
		if (related.isEmpty() || limit < 1) {
			return List.of();
		}
		String visible = "";
		if (concerning != null) {
			visible = " AND " + StakeholderFacts.concerns("m");
			params.put("email", concerning.value());
		}
		params.put("tenantId", tenantId.value());
		params.put("before", Timestamp.from(before));
		params.put("limit", limit);
		return this.jdbc.sql("""
				SELECT m.id FROM meeting m
				WHERE m.tenant_id = :tenantId AND m.status = 'DONE' AND m.starts_at < :before AND (%s)%s
				ORDER BY m.starts_at DESC, m.id LIMIT :limit
				""".formatted(String.join(" OR ", related), visible))
			.params(params)
			.query(UUID.class)
			.list()
			.stream()
			.map(MeetingId::new)
			.toList();
	}

}
