package se.postboxen.kollegan.adapter.persistence.offboarding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.offboarding.PersonalData;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Erasure in the database, table by table so the receipt can say what each held. Rows are
 * deleted explicitly rather than left to {@code ON DELETE CASCADE}, because a cascade
 * does not count; the job queue's and audit trail's rows that mention the meeting (in a
 * key, a payload or details) go too, so nothing but the tombstone written afterwards
 * names it. Runs in the caller's transaction.
 */
@Component
class JdbcPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	JdbcPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Long> eraseMeetingContent(TenantId tenantId, MeetingId meetingId) {
		Map<String, Long> removed = new LinkedHashMap<>();
		for (String table : new String[] { "transcript", "recap", "decision", "action_item", "brief" }) {
			removed.put(table, deleteByMeeting(table, tenantId, meetingId));
		}
		return removed;
	}

	@Override
	public Map<String, Long> eraseMeeting(TenantId tenantId, MeetingId meetingId) {
		Map<String, Long> removed = eraseMeetingContent(tenantId, meetingId);
		for (String table : new String[] { "consent_record", "meeting_conclusion", "meeting_bot",
				"meeting_participant" }) {
			removed.put(table, deleteByMeeting(table, tenantId, meetingId));
		}
		String id = meetingId.value().toString();
		removed.put("agent_job", count(this.jdbc.sql("""
				DELETE FROM agent_job WHERE tenant_id = :tenantId
				    AND (owner = :owner OR strpos(job_key, :id) > 0 OR strpos(payload::text, :id) > 0)
				""").param("tenantId", tenantId.value()).param("owner", "meeting:" + id).param("id", id).update()));
		removed.put("agent_job_run",
				count(this.jdbc
					.sql("DELETE FROM agent_job_run WHERE tenant_id = :tenantId AND strpos(job_key, :id) > 0")
					.param("tenantId", tenantId.value())
					.param("id", id)
					.update()));
		removed.put("audit_event", count(this.jdbc.sql("""
				DELETE FROM audit_event WHERE tenant_id = :tenantId
				    AND (subject_id = :id OR strpos(details::text, :id) > 0)
				""").param("tenantId", tenantId.value()).param("id", id).update()));
		removed.put("meeting",
				count(this.jdbc.sql("DELETE FROM meeting WHERE tenant_id = :tenantId AND id = :id")
					.param("tenantId", tenantId.value())
					.param("id", meetingId.value())
					.update()));
		return removed;
	}

	@Override
	public Map<String, Long> erasePerson(TenantId tenantId, EmailAddress email) {
		UUID tenant = tenantId.value();
		String address = email.value();
		Map<String, Long> removed = new LinkedHashMap<>();
		// Their speech goes first, while their part in meetings still tells us which
		// meetings to look in and under which name (transcripts rarely carry addresses).
		removed.put("transcript",
				count(this.jdbc
					.sql("""
							UPDATE transcript t SET utterances = COALESCE((
							    SELECT jsonb_agg(u ORDER BY n) FROM jsonb_array_elements(t.utterances) WITH ORDINALITY AS e(u, n)
							    WHERE NOT (COALESCE(u->>'email', '') = :email OR (u->>'email' IS NULL AND lower(u->>'speaker') IN (
							        SELECT lower(p.name) FROM meeting_participant p
							        WHERE p.meeting_id = t.meeting_id AND p.email = :email AND p.name IS NOT NULL)))
							), '[]'::jsonb)
							WHERE t.tenant_id = :tenantId AND (t.utterances @> jsonb_build_array(jsonb_build_object('email', :email))
							    OR EXISTS (SELECT 1 FROM meeting_participant p WHERE p.meeting_id = t.meeting_id
							        AND p.email = :email AND p.name IS NOT NULL
							        AND EXISTS (SELECT 1 FROM jsonb_array_elements(t.utterances) u
							            WHERE u->>'email' IS NULL AND lower(u->>'speaker') = lower(p.name))))
							""")
					.param("tenantId", tenant)
					.param("email", address)
					.update()));
		removed.put("meeting_participant",
				count(this.jdbc.sql("DELETE FROM meeting_participant WHERE tenant_id = :tenantId AND email = :email")
					.param("tenantId", tenant)
					.param("email", address)
					.update()));
		removed.put("meeting (organiser)", count(this.jdbc.sql("""
				UPDATE meeting SET organizer_name = NULL, organizer_email = NULL
				WHERE tenant_id = :tenantId AND organizer_email = :email
				""").param("tenantId", tenant).param("email", address).update()));
		removed.put("consent_record",
				count(this.jdbc
					.sql("DELETE FROM consent_record WHERE tenant_id = :tenantId AND participant_email = :email")
					.param("tenantId", tenant)
					.param("email", address)
					.update()));
		removed.put("stakeholder",
				count(this.jdbc.sql("DELETE FROM stakeholder WHERE tenant_id = :tenantId AND email = :email")
					.param("tenantId", tenant)
					.param("email", address)
					.update()));
		removed.put("decision (speaker)", count(this.jdbc.sql("""
				UPDATE decision SET speaker_name = NULL, speaker_email = NULL
				WHERE tenant_id = :tenantId AND speaker_email = :email
				""").param("tenantId", tenant).param("email", address).update()));
		removed.put("action_item (owner)", count(this.jdbc.sql("""
				UPDATE action_item SET owner_name = NULL, owner_email = NULL
				WHERE tenant_id = :tenantId AND owner_email = :email
				""").param("tenantId", tenant).param("email", address).update()));
		removed.put("magic_link",
				count(this.jdbc.sql("DELETE FROM magic_link WHERE tenant_id = :tenantId AND created_by_email = :email")
					.param("tenantId", tenant)
					.param("email", address)
					.update()));
		removed.put("agent_job", count(this.jdbc.sql("""
				DELETE FROM agent_job WHERE tenant_id = :tenantId AND strpos(lower(payload::text), :email) > 0
				""").param("tenantId", tenant).param("email", address).update()));
		removed.put("audit_event", count(this.jdbc.sql("""
				DELETE FROM audit_event WHERE tenant_id = :tenantId AND strpos(lower(details::text), :email) > 0
				""").param("tenantId", tenant).param("email", address).update()));
		// A user account of theirs goes last; its calendar links and addresses cascade.
		removed.put("app_user",
				count(this.jdbc.sql("DELETE FROM app_user WHERE tenant_id = :tenantId AND email = :email")
					.param("tenantId", tenant)
					.param("email", address)
					.update()));
		return removed;
	}

	@Override
	public Map<String, Long> eraseTenant(TenantId tenantId) {
		Map<String, Long> removed = new LinkedHashMap<>();
		// Children before parents, so every table's count is its own.
		for (String table : new String[] { "transcript", "recap", "decision", "action_item", "brief", "consent_record",
				"meeting_conclusion", "meeting_bot", "meeting_participant", "meeting", "stakeholder", "magic_link",
				"recurring_series", "microsoft_calendar_event", "microsoft_calendar", "calendar_connection",
				"calendar_policy", "agent_address", "verified_domain", "regwatch_item_version", "regwatch_item",
				"regwatch_source", "agent_job_run", "agent_job", "audit_event", "app_user" }) {
			removed.put(table,
					count(this.jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = :tenantId")
						.param("tenantId", tenantId.value())
						.update()));
		}
		removed.put("tenant", count(
				this.jdbc.sql("DELETE FROM tenant WHERE id = :tenantId").param("tenantId", tenantId.value()).update()));
		return removed;
	}

	private long deleteByMeeting(String table, TenantId tenantId, MeetingId meetingId) {
		return count(this.jdbc.sql("DELETE FROM " + table + " WHERE tenant_id = :tenantId AND meeting_id = :meetingId")
			.param("tenantId", tenantId.value())
			.param("meetingId", meetingId.value())
			.update());
	}

	private static long count(int rows) {
		return rows;
	}

}
