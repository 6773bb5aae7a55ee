package se.postboxen.kollegan.bot.offboarding;

import java.time.Instant;
import java.util.Optional;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.offboarding.DeletionReceipt;
import se.postboxen.kollegan.offboarding.Offboarding;

/** Deleting a tenant, in two steps: ask for a confirmation token, then confirm. */
public class TenantOffboarding {

	private final Offboarding offboarding;

	private final TenantConfirmations confirmations;

	TenantOffboarding(Offboarding offboarding, TenantConfirmations confirmations) {
		this.offboarding = offboarding;
		this.confirmations = confirmations;
	}

	public record Confirmation(String token, Instant expiresAt) {

	}

	public Confirmation ask(KolleganUser admin) {
		TenantConfirmations.Issued issued = this.confirmations.issue(admin.tenantId(), admin.subject());
		return new Confirmation(issued.token(), issued.expiresAt());
	}

	/**
	 * The receipt, or empty when the token is not this administrator's or has expired.
	 */
	public Optional<DeletionReceipt> confirm(KolleganUser admin, String token) {
		if (!this.confirmations.valid(admin.tenantId(), admin.subject(), token)) {
			return Optional.empty();
		}
		return Optional.of(this.offboarding.tenant(admin.tenantId(), Actor.user(admin.subject())));
	}

}
