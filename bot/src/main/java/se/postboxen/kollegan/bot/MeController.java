package se.postboxen.kollegan.bot;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.Tenant;

/** Who the caller is to Kollegan: the first call a client or the dashboard makes. */
@RestController
class MeController {

	private final CurrentUser currentUser;

	private final CurrentTenant currentTenant;

	MeController(CurrentUser currentUser, CurrentTenant currentTenant) {
		this.currentUser = currentUser;
		this.currentTenant = currentTenant;
	}

	@GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
	Me me() {
		KolleganUser user = this.currentUser.get();
		Tenant tenant = this.currentTenant.get();
		return new Me(user.subject(), user.name(), (user.email() != null) ? user.email().value() : null,
				user.roles().stream().sorted().toList(),
				new Me.TenantView(tenant.id().value(), tenant.slug(), tenant.name()));
	}

	record Me(String subject, String name, @Nullable String email, List<Role> roles, TenantView tenant) {

		record TenantView(UUID id, String slug, String name) {

		}

	}

}
