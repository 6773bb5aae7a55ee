package se.postboxen.kollegan.tenant;

import java.util.Optional;

/** The registry of tenants. */
public interface Tenants {

	Optional<Tenant> findById(TenantId id);

	Optional<Tenant> findBySlug(String slug);

	Optional<Tenant> findByDirectoryId(String directoryId);

	Tenant save(Tenant tenant);

}
