package se.postboxen.kollegan.tenant;

import java.util.Objects;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Text;

/** A person who signs in to Kollegan on behalf of a tenant. */
public record User(UserId id, TenantId tenantId, EmailAddress email, String displayName, Role role) {

	public User {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(email, "email");
		displayName = Text.required(displayName, "displayName", 200);
		Objects.requireNonNull(role, "role");
	}

}
