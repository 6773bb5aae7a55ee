package se.postboxen.kollegan.adapter.persistence.legal;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.offboarding.PersonalData;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The legal analyses' part of "delete everything": a meeting's analysis is its content,
 * deleted and counted with the recap; ordered before the store that deletes meetings and
 * the tenant, whose cascades would otherwise take the rows uncounted, and before it
 * removes the participants a speaker's name is matched through. For one person, the
 * findings of what they said (by address, or by the name the meeting knows them by) or
 * that quote their address are removed.
 */
@Component
@Order(0)
class LegalAnalysisErasure implements PersonalData {

	private static final String TABLE = "legal_analysis";

	private final JdbcClient jdbc;

	LegalAnalysisErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Long> eraseMeetingContent(TenantId tenantId, MeetingId meetingId) {
		return Map.of(TABLE,
				(long) this.jdbc
					.sql("DELETE FROM legal_analysis WHERE tenant_id = :tenantId AND meeting_id = :meetingId")
					.param("tenantId", tenantId.value())
					.param("meetingId", meetingId.value())
					.update());
	}

	@Override
	public Map<String, Long> eraseMeeting(TenantId tenantId, MeetingId meetingId) {
		return eraseMeetingContent(tenantId, meetingId);
	}

	@Override
	public Map<String, Long> erasePerson(TenantId tenantId, EmailAddress email) {
		String theirs = """
				(COALESCE(f->>'email', '') = :email OR strpos(lower(f->>'quote'), :email) > 0
				    OR (f->>'email' IS NULL AND lower(f->>'speaker') IN (
				        SELECT lower(p.name) FROM meeting_participant p
				        WHERE p.meeting_id = l.meeting_id AND p.email = :email AND p.name IS NOT NULL)))""";
		return Map.of(TABLE + " (their words)", (long) this.jdbc.sql("""
				UPDATE legal_analysis l SET findings = COALESCE((
				    SELECT jsonb_agg(f ORDER BY n) FROM jsonb_array_elements(l.findings) WITH ORDINALITY AS e(f, n)
				    WHERE NOT %s), '[]'::jsonb)
				WHERE l.tenant_id = :tenantId AND EXISTS (SELECT 1 FROM jsonb_array_elements(l.findings) f WHERE %s)
				""".formatted(theirs, theirs))
			.param("tenantId", tenantId.value())
			.param("email", email.value().toLowerCase(java.util.Locale.ROOT))
			.update());
	}

	@Override
	public Map<String, Long> eraseTenant(TenantId tenantId) {
		return Map.of(TABLE,
				(long) this.jdbc.sql("DELETE FROM legal_analysis WHERE tenant_id = :tenantId")
					.param("tenantId", tenantId.value())
					.update());
	}

}
