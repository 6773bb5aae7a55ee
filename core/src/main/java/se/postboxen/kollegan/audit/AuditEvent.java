package se.postboxen.kollegan.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A security-relevant fact: who did what to which thing, when. Details hold identifiers
 * and codes, never personal content or transcript text, because audit entries outlive the
 * data they describe.
 *
 * @param tenantId the tenant concerned, or {@code null} for events outside any tenant
 * @param action what happened, as a dotted name such as {@code meeting.scheduled}
 * @param correlationId the request or job that caused it, filled in by the audit log when
 * the caller leaves it out
 */
public record AuditEvent(AuditEventId id, @Nullable TenantId tenantId, Instant occurredAt, Actor actor, String action,
		String subjectType, @Nullable String subjectId, @Nullable String correlationId, Map<String, String> details) {

	public AuditEvent {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(actor, "actor");
		action = Text.required(action, "action", 100);
		subjectType = Text.required(subjectType, "subjectType", 100);
		details = Map.copyOf(details);
	}

	public static AuditEvent of(@Nullable TenantId tenantId, Instant occurredAt, Actor actor, String action,
			String subjectType, @Nullable String subjectId, Map<String, String> details) {
		return new AuditEvent(AuditEventId.newId(), tenantId, occurredAt, actor, action, subjectType, subjectId, null,
				details);
	}

}
