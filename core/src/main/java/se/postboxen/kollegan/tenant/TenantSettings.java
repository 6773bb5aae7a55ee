package se.postboxen.kollegan.tenant;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.shared.Transactions;

/** Use case: an administrator changes the tenant's settings; every change is audited. */
public final class TenantSettings {

	private final Tenants tenants;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	public TenantSettings(Tenants tenants, AuditLog auditLog, Transactions transactions, Clock clock) {
		this.tenants = tenants;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @throws IllegalArgumentException when the tenant does not exist or a value breaks a
	 * tenant invariant
	 */
	public Tenant change(TenantId tenantId, String name, ZoneId timeZone, ConsentLevel defaultConsentLevel,
			Actor actor) {
		return this.transactions.inTransaction(() -> {
			Tenant current = this.tenants.findById(tenantId)
				.orElseThrow(() -> new IllegalArgumentException("unknown tenant"));
			Tenant changed = current.withSettings(name, timeZone, defaultConsentLevel);
			Map<String, String> changes = new TreeMap<>();
			if (!current.name().equals(changed.name())) {
				changes.put("name", "changed");
			}
			if (!current.timeZone().equals(changed.timeZone())) {
				changes.put("timeZone", changed.timeZone().getId());
			}
			if (current.defaultConsentLevel() != changed.defaultConsentLevel()) {
				changes.put("defaultConsentLevel", changed.defaultConsentLevel().name());
			}
			if (changes.isEmpty()) {
				return current;
			}
			Tenant saved = this.tenants.save(changed);
			this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), actor, "settings.changed", "tenant",
					tenantId.toString(), changes));
			return saved;
		});
	}

}
