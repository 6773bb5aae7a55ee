package se.postboxen.kollegan.stakeholder;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Someone a tenant meets, profiled only from meetings whose consent allows it.
 *
 * @param organisation derived from the e-mail domain unless known better
 */
public record Stakeholder(StakeholderId id, TenantId tenantId, EmailAddress email, @Nullable String name,
		@Nullable String organisation, @Nullable Instant lastSeenAt) {

	public Stakeholder {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(email, "email");
		name = Text.optional(name, "name", 200);
		organisation = Text.optional(organisation, "organisation", 200);
	}

}
