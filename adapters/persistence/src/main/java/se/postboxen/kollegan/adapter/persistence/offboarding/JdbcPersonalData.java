package se.postboxen.kollegan.adapter.persistence.offboarding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.persistence.stakeholder.StakeholderFacts;
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

	/** What a meeting produced, child tables of the meeting. */
	private static final List<String> CONTENT = List.of("transcript", "recap", "decision", "action_item", "brief");

	/** The meeting's own records beside its content. */
	private static final List<String> RECORDS = List.of("consent_record", "meeting_conclusion", "meeting_bot",
			"chat_meeting", "meeting_participant");

	/** Every table holding a tenant's rows, children before parents. */
	private static final List<String> TENANT_TABLES = List.of("transcript", "recap", "decision", "stakeholder_fact",
			"task_push", "action_item", "brief", "consent_record", "meeting_conclusion", "meeting_bot", "chat_meeting",
			"meeting_participant", "meeting", "stakeholder", "magic_link", "recurring_series",
			"microsoft_calendar_event", "microsoft_calendar", "calendar_connection", "calendar_policy", "agent_address",
			"verified_domain", "regwatch_item_version", "regwatch_item", "regwatch_source", "agent_job_run",
			"agent_job", "forgotten_meeting", "chat_contact", "mail_outbox", "chat_install_state", "chat_credential",
			"chat_installation", "model_usage", "task_board_setup", "audit_event", "app_user");

	private final JdbcClient jdbc;

	private final StakeholderFacts stakeholderFacts;

	JdbcPersonalData(JdbcClient jdbc, StakeholderFacts stakeholderFacts) {
		this.jdbc = jdbc;
		this.stakeholderFacts = stakeholderFacts;
	}

	/**
	 * The stakeholder facts the meeting gave go first: a commitment's fact would
	 * otherwise leave with its action uncounted.
	 */
	@Override
	public Map<String, Long> eraseMeetingContent(TenantId tenantId, MeetingId meetingId) {
		Map<String, Long> removed = new LinkedHashMap<>(this.stakeholderFacts.eraseMeeting(tenantId, meetingId));
		for (String table : CONTENT) {
			removed.put(table, deleteByMeeting(table, tenantId, meetingId));
		}
		return removed;
	}

	@Override
	public Map<String, Long> eraseMeeting(TenantId tenantId, MeetingId meetingId) {
		Map<String, Long> removed = eraseMeetingContent(tenantId, meetingId);
		for (String table : RECORDS) {
			removed.put(table, deleteByMeeting(table, tenantId, meetingId));
		}
		Map<String, Object> params = Map.of("tenantId", tenantId.value(), "id", meetingId.value().toString(), "owner",
				"meeting:" + meetingId.value());
		removed.put("agent_job", update("""
				DELETE FROM agent_job WHERE tenant_id = :tenantId
				    AND (owner = :owner OR strpos(job_key, :id) > 0 OR strpos(payload::text, :id) > 0)
				""", params));
		removed.put("agent_job_run",
				update("DELETE FROM agent_job_run WHERE tenant_id = :tenantId AND strpos(job_key, :id) > 0", params));
		removed.put("audit_event", update("""
				DELETE FROM audit_event WHERE tenant_id = :tenantId
				    AND (subject_id = :id OR strpos(details::text, :id) > 0)
				""", params));
		// Nudges link to the meeting's page, so their kept copies name it.
		removed.put("mail_outbox",
				update("DELETE FROM mail_outbox WHERE tenant_id = :tenantId AND strpos(body, :id) > 0", params));
		removed.put("meeting", update("DELETE FROM meeting WHERE tenant_id = :tenantId AND id::text = :id", params));
		return removed;
	}

	@Override
	public Map<String, Long> erasePerson(TenantId tenantId, EmailAddress email) {
		String address = email.value();
		// In JSON the address is matched whole, quotes included: "an@x.se" must not take
		// "jan@x.se" with it.
		Map<String, Object> params = Map.of("tenantId", tenantId.value(), "email", address, "quoted",
				"\"" + address.toLowerCase(Locale.ROOT) + "\"");
		Map<String, Long> removed = new LinkedHashMap<>();
		// Their speech and the recap sentences signed with their name go first, while
		// their
		// part in meetings still tells which meetings to look in and under which name
		// (transcripts rarely carry addresses).
		removed.put("transcript",
				update("""
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
						""",
						params));
		removed.put("recap (their sentences)",
				update("""
						UPDATE recap r SET summary = btrim(array_to_string(ARRAY(
						    SELECT line FROM unnest(string_to_array(r.summary, E'\\n')) WITH ORDINALITY AS l(line, n)
						    WHERE NOT EXISTS (SELECT 1 FROM meeting_participant p WHERE p.meeting_id = r.meeting_id
						        AND p.email = :email AND p.name IS NOT NULL AND right(line, length(p.name) + 2) = '(' || p.name || ')')
						    ORDER BY n), E'\\n'))
						WHERE r.tenant_id = :tenantId AND EXISTS (SELECT 1 FROM meeting_participant p
						    WHERE p.meeting_id = r.meeting_id AND p.email = :email AND p.name IS NOT NULL
						        AND strpos(r.summary, '(' || p.name || ')') > 0)
						""",
						params));
		// Briefs name people with their address, or by the name a meeting knows them by.
		removed.put("brief (naming them)", update("""
				DELETE FROM brief b WHERE b.tenant_id = :tenantId AND (strpos(lower(b.content), :email) > 0
				    OR EXISTS (SELECT 1 FROM meeting_participant p WHERE p.meeting_id = b.meeting_id
				        AND p.email = :email AND p.name IS NOT NULL AND strpos(b.content, p.name) > 0))
				""", params));
		removed.put("meeting_participant",
				update("DELETE FROM meeting_participant WHERE tenant_id = :tenantId AND email = :email", params));
		removed.put("meeting (organiser)", update("""
				UPDATE meeting SET organizer_name = NULL, organizer_email = NULL
				WHERE tenant_id = :tenantId AND organizer_email = :email
				""", params));
		removed.put("meeting (booked by)",
				update("UPDATE meeting SET scheduled_by = NULL WHERE tenant_id = :tenantId AND scheduled_by = :email",
						params));
		// Invitations kept to extend recurring series: the address is blanked, the series
		// goes on.
		removed.put("recurring_series (address)", update("""
				UPDATE recurring_series SET calendar_text = replace(calendar_text, :email, 'raderad@raderad.invalid')
				WHERE tenant_id = :tenantId AND strpos(calendar_text, :email) > 0
				""", params));
		removed.put("consent_record", update(
				"DELETE FROM consent_record WHERE tenant_id = :tenantId AND participant_email = :email", params));
		removed.put("stakeholder_fact", update("""
				DELETE FROM stakeholder_fact WHERE tenant_id = :tenantId
				    AND stakeholder_id IN (SELECT id FROM stakeholder WHERE tenant_id = :tenantId AND email = :email)
				""", params));
		removed.put("stakeholder",
				update("DELETE FROM stakeholder WHERE tenant_id = :tenantId AND email = :email", params));
		removed.put("decision (speaker)", update("""
				UPDATE decision SET speaker_name = NULL, speaker_email = NULL
				WHERE tenant_id = :tenantId AND speaker_email = :email
				""", params));
		removed.put("action_item (owner)", update("""
				UPDATE action_item SET owner_name = NULL, owner_email = NULL
				WHERE tenant_id = :tenantId AND owner_email = :email
				""", params));
		removed.put("chat_contact",
				update("DELETE FROM chat_contact WHERE tenant_id = :tenantId AND email = :email", params));
		removed.put("mail_outbox",
				update("DELETE FROM mail_outbox WHERE tenant_id = :tenantId AND to_address = :email", params));
		// Briefs mailed to others name them too.
		removed.put("mail_outbox (naming them)", update(
				"DELETE FROM mail_outbox WHERE tenant_id = :tenantId AND strpos(lower(body), :email) > 0", params));
		removed.put("magic_link",
				update("DELETE FROM magic_link WHERE tenant_id = :tenantId AND created_by_email = :email", params));
		removed.put("agent_job", update(
				"DELETE FROM agent_job WHERE tenant_id = :tenantId AND strpos(lower(payload::text), :quoted) > 0",
				params));
		removed.put("audit_event", update(
				"DELETE FROM audit_event WHERE tenant_id = :tenantId AND strpos(lower(details::text), :quoted) > 0",
				params));
		// A user account of theirs goes last; its calendar links and addresses cascade.
		removed.put("app_user", update("DELETE FROM app_user WHERE tenant_id = :tenantId AND email = :email", params));
		return removed;
	}

	@Override
	public Map<String, Long> eraseTenant(TenantId tenantId) {
		Map<String, Object> params = Map.of("tenantId", tenantId.value());
		Map<String, Long> removed = new LinkedHashMap<>();
		for (String table : TENANT_TABLES) {
			removed.put(table, update("DELETE FROM " + table + " WHERE tenant_id = :tenantId", params));
		}
		removed.put("tenant", update("DELETE FROM tenant WHERE id = :tenantId", params));
		return removed;
	}

	private long deleteByMeeting(String table, TenantId tenantId, MeetingId meetingId) {
		return update("DELETE FROM " + table + " WHERE tenant_id = :tenantId AND meeting_id = :meetingId",
				Map.of("tenantId", tenantId.value(), "meetingId", meetingId.value()));
	}

	private long update(String sql, Map<String, Object> params) {
		return this.jdbc.sql(sql).params(params).update();
	}

}
