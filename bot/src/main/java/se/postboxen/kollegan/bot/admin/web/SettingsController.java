package se.postboxen.kollegan.bot.admin.web;

import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import se.postboxen.kollegan.bot.web.constraints.SingleLine;
import se.postboxen.kollegan.bot.web.constraints.TimeZoneId;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantSettings;

/**
 * The tenant's own settings: read by administrators and auditors, changed by
 * administrators.
 */
@RestController
@RequestMapping(path = "/api/admin/settings", produces = MediaType.APPLICATION_JSON_VALUE)
class SettingsController {

	private final CurrentTenant currentTenant;

	private final CurrentUser currentUser;

	private final TenantSettings settings;

	SettingsController(CurrentTenant currentTenant, CurrentUser currentUser, TenantSettings settings) {
		this.currentTenant = currentTenant;
		this.currentUser = currentUser;
		this.settings = settings;
	}

	@GetMapping
	Settings get() {
		return Settings.of(this.currentTenant.get());
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	Settings change(@Valid @RequestBody Settings request) {
		Tenant tenant = this.currentTenant.get();
		return Settings.of(this.settings.change(tenant.id(), request.name(), ZoneId.of(request.timeZone()),
				request.defaultConsentLevel(), Actor.user(this.currentUser.get().subject())));
	}

	/**
	 * @param defaultConsentLevel the level the agent asks for unless an organiser lowers
	 * it
	 */
	record Settings(@NotBlank @Size(max = 200) @SingleLine String name, @NotBlank @TimeZoneId String timeZone,
			@NotNull ConsentLevel defaultConsentLevel) {

		static Settings of(Tenant tenant) {
			return new Settings(tenant.name(), tenant.timeZone().getId(), tenant.defaultConsentLevel());
		}

	}

}
