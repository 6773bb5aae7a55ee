package se.postboxen.kollegan.bot.admin.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import se.postboxen.kollegan.calendar.CalendarPolicy;
import se.postboxen.kollegan.calendar.CalendarSync;

/**
 * The tenant's calendar labels: always-on labels that bring the agent to any meeting
 * carrying them, and the label that keeps it away.
 */
@RestController
@RequestMapping(path = "/api/admin/calendar-policy", produces = MediaType.APPLICATION_JSON_VALUE)
class CalendarPolicyController {

	private final CalendarSync sync;

	private final CurrentTenant currentTenant;

	private final CurrentUser currentUser;

	CalendarPolicyController(CalendarSync sync, CurrentTenant currentTenant, CurrentUser currentUser) {
		this.sync = sync;
		this.currentTenant = currentTenant;
		this.currentUser = currentUser;
	}

	@GetMapping
	Policy get() {
		return Policy.of(this.sync.policy(this.currentTenant.get().id()));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	Policy change(@Valid @RequestBody Policy request) {
		return Policy.of(this.sync.changePolicy(this.currentTenant.get().id(), request.alwaysOnLabels(),
				request.neverLabel(), Actor.user(this.currentUser.get().subject())));
	}

	record Policy(@NotNull @Size(max = CalendarSync.MAX_LABELS) List<@NotBlank @Size(
			max = CalendarSync.MAX_LABEL_LENGTH) @SingleLine @Pattern(regexp = "^[^,]*$",
					message = "får inte innehålla kommatecken / must not contain commas") String> alwaysOnLabels,
			@NotBlank @Size(max = CalendarSync.MAX_LABEL_LENGTH) @SingleLine @Pattern(regexp = "^[^,]*$",
					message = "får inte innehålla kommatecken / must not contain commas") String neverLabel) {

		static Policy of(CalendarPolicy policy) {
			return new Policy(policy.alwaysOnLabels(), policy.neverLabel());
		}

	}

}
