package se.postboxen.kollegan.invite;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

/**
 * Use cases: a user's agent address (shown, rotated) and the tenant's verified domains.
 */
public final class InviteSettings {

	public static final int MAX_VERIFIED_DOMAINS = 50;

	// A host name of at least two labels; no wildcards, no ports, no trailing dot.
	private static final Pattern DOMAIN = Pattern
		.compile("^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$");

	private final AgentAddresses addresses;

	private final VerifiedDomains domains;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	public InviteSettings(AgentAddresses addresses, VerifiedDomains domains, AuditLog auditLog,
			Transactions transactions, Clock clock) {
		this.addresses = addresses;
		this.domains = domains;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The user's address, created on first use. */
	public AgentAddress addressOf(TenantId tenantId, UserId userId) {
		return this.transactions.inTransaction(() -> this.addresses.findActive(tenantId, userId)
			.orElseGet(() -> this.addresses.replace(AgentAddress.newFor(tenantId, userId))));
	}

	/**
	 * A new address for the user; invitations to the old one are rejected from now on.
	 */
	public AgentAddress rotate(TenantId tenantId, UserId userId, Actor actor) {
		return this.transactions.inTransaction(() -> {
			AgentAddress address = this.addresses.replace(AgentAddress.newFor(tenantId, userId));
			this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), actor, "agent-address.rotated", "user",
					userId.value().toString(), Map.of()));
			return address;
		});
	}

	public List<String> verifiedDomains(TenantId tenantId) {
		return this.domains.list(tenantId);
	}

	/**
	 * @throws IllegalArgumentException naming the first domain that is not a plain domain
	 * name, or when there are too many
	 */
	public List<String> replaceVerifiedDomains(TenantId tenantId, List<String> requested, Actor actor) {
		if (requested.size() > MAX_VERIFIED_DOMAINS) {
			throw new IllegalArgumentException("at most " + MAX_VERIFIED_DOMAINS + " verified domains");
		}
		List<String> normalised = new ArrayList<>();
		for (String domain : requested) {
			String value = (domain != null) ? domain.strip().toLowerCase(Locale.ROOT) : "";
			if (!DOMAIN.matcher(value).matches()) {
				throw new IllegalArgumentException("not a domain name: " + value);
			}
			if (!normalised.contains(value)) {
				normalised.add(value);
			}
		}
		return this.transactions.inTransaction(() -> {
			List<String> before = this.domains.list(tenantId);
			this.domains.replace(tenantId, normalised);
			this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), actor, "verified-domains.changed",
					"tenant", tenantId.value().toString(),
					Map.of("before", String.join(",", before), "after", String.join(",", normalised))));
			return this.domains.list(tenantId);
		});
	}

}
