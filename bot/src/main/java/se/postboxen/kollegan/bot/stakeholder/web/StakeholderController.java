package se.postboxen.kollegan.bot.stakeholder.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.bot.module.RequiresModule;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.stakeholder.StakeholderId;
import se.postboxen.kollegan.stakeholder.StakeholderPage;
import se.postboxen.kollegan.stakeholder.StakeholderProfile;
import se.postboxen.kollegan.stakeholder.StakeholderProfiles;

/**
 * Stakeholder profiles, seen as meetings are: administrators and auditors every
 * stakeholder of their tenant with every fact; members those met in meetings that concern
 * them, with only the facts from those meetings. Anyone sees what is kept about
 * themselves.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class StakeholderController {

	private final StakeholderProfiles profiles;

	private final CurrentUser currentUser;

	StakeholderController(StakeholderProfiles profiles, CurrentUser currentUser) {
		this.profiles = profiles;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/agents/stakeholders")
	@RequiresModule(Module.STAKEHOLDER_INSIGHTS)
	StakeholderResponses.Page list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(StakeholderPage.MAX_PAGE_SIZE) int size) {
		KolleganUser user = this.currentUser.get();
		if (!user.seesAllMeetings() && user.email() == null) {
			// A member sees people from the meetings that concern them; without an
			// address, none do.
			return StakeholderResponses.Page.of(new StakeholderPage(List.of(), page, size, 0), email -> false);
		}
		return StakeholderResponses.Page.of(
				this.profiles.page(user.tenantId(), user.seesAllMeetings() ? null : user.email(), page, size),
				this.profiles.ownOrganisation(user.tenantId()));
	}

	@GetMapping("/api/agents/stakeholders/{id}")
	@RequiresModule(Module.STAKEHOLDER_INSIGHTS)
	StakeholderResponses.Profile get(@PathVariable UUID id) {
		KolleganUser user = this.currentUser.get();
		Optional<StakeholderProfile> profile = (user.seesAllMeetings() || user.email() != null) ? this.profiles
			.profile(user.tenantId(), new StakeholderId(id), user.seesAllMeetings() ? null : user.email())
				: Optional.empty();
		// Someone the caller may not see answers exactly like someone never stored.
		return profile.map(StakeholderResponses.Profile::of)
			.orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
					Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND, "Personen finns inte / No such stakeholder"),
					null));
	}

	/** Everything kept about the caller, from every meeting it came from. */
	@GetMapping("/api/agents/me/stakeholder-profile")
	StakeholderResponses.Mine mine() {
		KolleganUser user = this.currentUser.get();
		if (user.email() == null) {
			throw new AccessDeniedException("only a person has a profile");
		}
		Optional<StakeholderProfile> profile = this.profiles.profileOf(user.tenantId(), user.email(), null);
		return new StakeholderResponses.Mine(user.email().value(), profile.isPresent(),
				profile.map(StakeholderResponses.Profile::of).orElse(null), StakeholderResponses.Mine.ERASURE);
	}

}
