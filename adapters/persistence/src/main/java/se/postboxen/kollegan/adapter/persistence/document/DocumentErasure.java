package se.postboxen.kollegan.adapter.persistence.document;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.offboarding.PersonalData;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The documents' part of "delete everything". A tenant's documents are deleted and
 * counted; ordered before the store that deletes the tenant itself, whose cascade would
 * otherwise take them uncounted. For one person, the documents they uploaded lose their
 * uploader (the organisation's contract stays, as items a person owned do elsewhere) and
 * their address is blanked wherever a document's text or findings quote it. Documents are
 * not a meeting's content: a meeting's offboarding leaves them.
 */
@Component
@Order(0)
class DocumentErasure implements PersonalData {

	static final String ERASED_ADDRESS = "raderad@raderad.invalid";

	private final JdbcClient jdbc;

	DocumentErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Long> eraseMeetingContent(TenantId tenantId, MeetingId meetingId) {
		return Map.of();
	}

	@Override
	public Map<String, Long> eraseMeeting(TenantId tenantId, MeetingId meetingId) {
		return Map.of();
	}

	@Override
	public Map<String, Long> erasePerson(TenantId tenantId, EmailAddress email) {
		Map<String, Long> removed = new LinkedHashMap<>();
		removed.put("document (uploaded by them)", (long) this.jdbc.sql("""
				UPDATE document SET uploaded_by_subject = 'raderad', uploaded_by_email = NULL,
				    uploaded_by_name = 'Raderad användare'
				WHERE tenant_id = :tenantId AND uploaded_by_email = :email
				""").param("tenantId", tenantId.value()).param("email", email.value()).update());
		// Matched whatever its case in the text: the address as a regular expression,
		// every character but letters and digits escaped.
		removed.put("document (naming them)",
				(long) this.jdbc.sql("""
						UPDATE document SET text = regexp_replace(text, :pattern, :erased, 'gi'),
						    analysis = CAST(regexp_replace(analysis::text, :pattern, :erased, 'gi') AS jsonb)
						WHERE tenant_id = :tenantId AND strpos(lower(text), :email) > 0
						""")
					.param("tenantId", tenantId.value())
					.param("email", email.value().toLowerCase(java.util.Locale.ROOT))
					.param("pattern", email.value().replaceAll("([^\\p{Alnum}])", "\\\\$1"))
					.param("erased", ERASED_ADDRESS)
					.update());
		return removed;
	}

	@Override
	public Map<String, Long> eraseTenant(TenantId tenantId) {
		return Map.of("document",
				(long) this.jdbc.sql("DELETE FROM document WHERE tenant_id = :tenantId")
					.param("tenantId", tenantId.value())
					.update());
	}

}
