package se.postboxen.kollegan.audit;

import java.util.UUID;

import se.postboxen.kollegan.shared.Ids;

public record AuditEventId(UUID value) {

	public AuditEventId {
		Ids.require(value, "audit event id");
	}

	public static AuditEventId newId() {
		return new AuditEventId(UUID.randomUUID());
	}

}
