package se.postboxen.kollegan.adapter.persistence;

import java.time.ZoneId;
import java.util.UUID;

import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

public final class TestTenants {

	private TestTenants() {
	}

	public static TenantId create(Tenants tenants) {
		String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
		return tenants
			.save(new Tenant(TenantId.newId(), slug, "Testkommun " + slug, ZoneId.of("Europe/Stockholm"),
					ConsentLevel.PLUS, null))
			.id();
	}

}
