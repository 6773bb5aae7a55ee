package se.postboxen.kollegan.retention;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use case: an administrator reads and changes the tenant's retention policy; every
 * change is audited.
 */
public final class RetentionSettings {

	private final RetentionPolicies policies;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	public RetentionSettings(RetentionPolicies policies, AuditLog auditLog, Transactions transactions, Clock clock) {
		this.policies = policies;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	public RetentionPolicy policy(TenantId tenantId) {
		return this.policies.find(tenantId);
	}

	/**
	 * Replaces the tenant's policy: the periods given, every other kind back to its
	 * default, and a legal hold placed with a reason or lifted without one. The audit
	 * entry names the periods that changed and whether the hold was placed, changed or
	 * lifted, never the reason.
	 * @param chosen days per kind; {@link RetentionKind#allows} tells beforehand what is
	 * accepted
	 * @param holdReason why deletion is held, or {@code null} (or blank) for no hold
	 * @throws IllegalArgumentException when a period is outside its limits or not set on
	 * its own, or the reason is too long or has control characters
	 */
	public RetentionPolicy change(TenantId tenantId, Map<RetentionKind, Integer> chosen, @Nullable String holdReason,
			Actor actor) {
		String reason = Text.optional(holdReason, "reason", LegalHold.MAX_REASON);
		return this.transactions.inTransaction(() -> {
			RetentionPolicy current = this.policies.find(tenantId);
			LegalHold hold = null;
			if (reason != null) {
				hold = (current.legalHold() != null && current.legalHold().reason().equals(reason))
						? current.legalHold() : new LegalHold(reason, this.clock.instant());
			}
			RetentionPolicy changed = new RetentionPolicy(tenantId, chosen, hold);
			Map<String, String> changes = changes(current, changed);
			if (changes.isEmpty()) {
				return current;
			}
			this.policies.save(changed);
			this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), actor, "retention.changed", "tenant",
					tenantId.toString(), changes));
			return changed;
		});
	}

	private static Map<String, String> changes(RetentionPolicy before, RetentionPolicy after) {
		Map<String, String> changes = new TreeMap<>();
		for (RetentionKind kind : RetentionKind.values()) {
			if (!kind.settable()) {
				continue;
			}
			if (before.days(kind) != after.days(kind) || before.setByTenant(kind) != after.setByTenant(kind)) {
				changes.put(kind.wireName(), after.setByTenant(kind) ? Integer.toString(after.days(kind)) : "default");
			}
		}
		LegalHold was = before.legalHold();
		LegalHold is = after.legalHold();
		if (was == null && is != null) {
			changes.put("legalHold", "placed");
		}
		else if (was != null && is == null) {
			changes.put("legalHold", "lifted");
		}
		else if (was != null && !Objects.equals(was, is)) {
			changes.put("legalHold", "changed");
		}
		return changes;
	}

}
