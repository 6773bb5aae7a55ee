package se.postboxen.kollegan.tenant;

import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.person.EmailAddress;

/** The users of each tenant; every lookup is scoped to one tenant. */
public interface Users {

	Optional<User> findByEmail(TenantId tenantId, EmailAddress email);

	Optional<User> findById(TenantId tenantId, UserId id);

	List<User> findAll(TenantId tenantId);

	User save(User user);

}
