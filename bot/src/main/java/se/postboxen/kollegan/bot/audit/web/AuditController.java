package se.postboxen.kollegan.bot.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.security.CurrentUser;

/** The tenant's audit trail, newest first, for auditors and administrators. */
@RestController
class AuditController {

	private final AuditLog auditLog;

	private final CurrentUser currentUser;

	AuditController(AuditLog auditLog, CurrentUser currentUser) {
		this.auditLog = auditLog;
		this.currentUser = currentUser;
	}

	@GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Entry> recent(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return this.auditLog.recent(this.currentUser.get().tenantId(), limit).stream().map(Entry::of).toList();
	}

	record Entry(Instant occurredAt, String actorKind, String actorId, String action, String subjectType,
			@Nullable String subjectId, @Nullable String correlationId, Map<String, String> details) {

		static Entry of(AuditEvent event) {
			return new Entry(event.occurredAt(), event.actor().kind().name(), event.actor().id(), event.action(),
					event.subjectType(), event.subjectId(), event.correlationId(), event.details());
		}

	}

}
