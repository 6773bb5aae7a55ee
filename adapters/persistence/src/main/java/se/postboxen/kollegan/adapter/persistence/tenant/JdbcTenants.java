package se.postboxen.kollegan.adapter.persistence.tenant;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

@Component
class JdbcTenants implements Tenants {

	private final TenantRows rows;

	JdbcTenants(TenantRows rows) {
		this.rows = rows;
	}

	@Override
	public Optional<Tenant> findById(TenantId id) {
		return this.rows.findById(id.value()).map(JdbcTenants::toTenant);
	}

	@Override
	public Optional<Tenant> findBySlug(String slug) {
		return this.rows.findBySlug(slug).map(JdbcTenants::toTenant);
	}

	@Override
	public Optional<Tenant> findByDirectoryId(String directoryId) {
		return this.rows.findByDirectoryId(directoryId).map(JdbcTenants::toTenant);
	}

	@Override
	public Tenant save(Tenant tenant) {
		long version = this.rows.findById(tenant.id().value()).map(TenantRow::version).orElse(0L);
		return toTenant(this.rows.save(new TenantRow(tenant.id().value(), tenant.slug(), tenant.name(),
				tenant.timeZone().getId(), tenant.defaultConsentLevel().name(), tenant.directoryId(), version, null)));
	}

	private static Tenant toTenant(TenantRow row) {
		return new Tenant(new TenantId(row.id()), row.slug(), row.name(), ZoneId.of(row.timeZone()),
				ConsentLevel.valueOf(row.defaultConsentLevel()), row.directoryId());
	}

}
