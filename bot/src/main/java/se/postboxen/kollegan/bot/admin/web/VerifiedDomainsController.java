package se.postboxen.kollegan.bot.admin.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.invite.InviteSettings;

/**
 * The organiser domains whose invitations the agent accepts for this tenant.
 */
@RestController
@RequestMapping(path = "/api/admin/verified-domains", produces = MediaType.APPLICATION_JSON_VALUE)
class VerifiedDomainsController {

	private final InviteSettings settings;

	private final CurrentTenant currentTenant;

	private final CurrentUser currentUser;

	VerifiedDomainsController(InviteSettings settings, CurrentTenant currentTenant, CurrentUser currentUser) {
		this.settings = settings;
		this.currentTenant = currentTenant;
		this.currentUser = currentUser;
	}

	@GetMapping
	VerifiedDomains get() {
		return new VerifiedDomains(this.settings.verifiedDomains(this.currentTenant.get().id()));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	VerifiedDomains replace(@Valid @RequestBody VerifiedDomains request) {
		return new VerifiedDomains(this.settings.replaceVerifiedDomains(this.currentTenant.get().id(),
				request.domains(), Actor.user(this.currentUser.get().subject())));
	}

	record VerifiedDomains(@NotNull @Size(
			max = InviteSettings.MAX_VERIFIED_DOMAINS) List<@NotNull @jakarta.validation.constraints.Pattern(
					regexp = "^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,61}[A-Za-z0-9]$",
					message = "must be a domain name such as kommun.se") String> domains) {

	}

}
