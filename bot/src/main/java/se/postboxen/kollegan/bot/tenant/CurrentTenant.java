package se.postboxen.kollegan.bot.tenant;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.bot.web.ApiProperties;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * The tenant a request acts for. Every tenant-owned read and write in the web layer goes
 * through here, so that the tenant comes from one place: today the configured tenant,
 * once requests carry a verified identity, the tenant that identity names.
 */
@Component
public class CurrentTenant {

	private final Tenants tenants;

	private final String slug;

	CurrentTenant(Tenants tenants, ApiProperties properties) {
		this.tenants = tenants;
		this.slug = properties.tenant();
	}

	/**
	 * @throws UnknownTenantException when the tenant is not (or no longer) registered
	 */
	public Tenant get() {
		return this.tenants.findBySlug(this.slug).orElseThrow(UnknownTenantException::new);
	}

}
