package se.postboxen.kollegan.bot.security;

import java.io.Serializable;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The caller of a request, as established from a verified token or login: which tenant
 * they act for, who they are and which roles they hold there. Kept in the sign-in
 * session, which every replica reads from Redis: so serializable, down to its last
 * component (docs/adr/0012-shared-sessions.md).
 *
 * @param subject the identity provider's stable id for the person or client
 * @param email the person's address, when the token names one
 */
public record KolleganUser(TenantId tenantId, String subject, @Nullable EmailAddress email, String name,
		Set<Role> roles) implements Serializable {

	public KolleganUser {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * Administrators and auditors see all of their tenant's meetings; members only their
	 * own.
	 */
	public boolean seesAllMeetings() {
		return has(Role.ADMIN) || has(Role.AUDITOR);
	}

}
