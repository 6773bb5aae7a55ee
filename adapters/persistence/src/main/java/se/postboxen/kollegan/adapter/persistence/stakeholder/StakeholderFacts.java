package se.postboxen.kollegan.adapter.persistence.stakeholder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The one way facts leave with their meeting, for the profiles rewritten from a recap and
 * for erasure alike: a stakeholder left with no fact from any meeting goes too (nothing
 * of them is kept without a source), and the others' last-seen time is read again from
 * what is left. Runs in the caller's transaction.
 */
@Component
public class StakeholderFacts {

	private final JdbcClient jdbc;

	StakeholderFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rule of {@code Meeting.concerns} in SQL: {@code meeting} (an alias) is
	 * organised, booked or attended by the person in the parameter {@code :email}.
	 */
	public static String concerns(String meeting) {
		return "(" + meeting + ".organizer_email = :email OR " + meeting + ".scheduled_by = :email OR EXISTS ("
				+ "SELECT 1 FROM meeting_participant p WHERE p.meeting_id = " + meeting + ".id AND p.email = :email))";
	}

	/**
	 * Deletes the meeting's facts and the stakeholders left without any.
	 * @return rows removed per table, for the deletion receipt
	 */
	public Map<String, Long> eraseMeeting(TenantId tenantId, MeetingId meetingId) {
		List<UUID> affected = deleteFacts(tenantId, meetingId);
		Map<String, Long> removed = new LinkedHashMap<>();
		removed.put("stakeholder_fact", (long) affected.size());
		removed.put("stakeholder (no source left)", forgetUnsourced(tenantId, affected));
		return removed;
	}

	/**
	 * @return the stakeholder of each deleted fact
	 */
	List<UUID> deleteFacts(TenantId tenantId, MeetingId meetingId) {
		return this.jdbc.sql("""
				DELETE FROM stakeholder_fact WHERE tenant_id = :tenantId AND meeting_id = :meetingId
				RETURNING stakeholder_id
				""").param("tenantId", tenantId.value()).param("meetingId", meetingId.value()).query(UUID.class).list();
	}

	/**
	 * @return how many of the stakeholders had no fact left and were deleted
	 */
	long forgetUnsourced(TenantId tenantId, List<UUID> stakeholders) {
		if (stakeholders.isEmpty()) {
			return 0;
		}
		Map<String, Object> params = Map.of("tenantId", tenantId.value(), "ids", Set.copyOf(stakeholders));
		long deleted = this.jdbc.sql("""
				DELETE FROM stakeholder s WHERE s.tenant_id = :tenantId AND s.id IN (:ids)
				    AND NOT EXISTS (SELECT 1 FROM stakeholder_fact f WHERE f.stakeholder_id = s.id)
				""").params(params).update();
		this.jdbc.sql("""
				UPDATE stakeholder s SET last_seen_at = (SELECT max(m.starts_at) FROM stakeholder_fact f
				    JOIN meeting m ON m.id = f.meeting_id WHERE f.stakeholder_id = s.id AND f.kind = 'ATTENDED')
				WHERE s.tenant_id = :tenantId AND s.id IN (:ids)
				""").params(params).update();
		return deleted;
	}

}
