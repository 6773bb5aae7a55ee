package se.postboxen.kollegan.bot.tenant;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * The tenant the signed-in caller acts for, as their verified token or login names it.
 * The web layer takes the tenant from here only, never from a request parameter.
 */
@Component
public class CurrentTenant {

	private final CurrentUser currentUser;

	private final Tenants tenants;

	CurrentTenant(CurrentUser currentUser, Tenants tenants) {
		this.currentUser = currentUser;
		this.tenants = tenants;
	}

	/**
	 * @throws UnknownTenantException when the tenant was removed after the token was
	 * issued
	 */
	public Tenant get() {
		return this.tenants.findById(this.currentUser.get().tenantId()).orElseThrow(UnknownTenantException::new);
	}

}
