package se.postboxen.kollegan.bot.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.postboxen.kollegan.bot.module.RequiresModule;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.stakeholder.ProfileFact;
import se.postboxen.kollegan.stakeholder.StakeholderId;
import se.postboxen.kollegan.stakeholder.StakeholderPage;
import se.postboxen.kollegan.stakeholder.StakeholderProfile;
import se.postboxen.kollegan.stakeholder.StakeholderProfiles;
import se.postboxen.kollegan.tenant.Tenant;

/**
 * Stakeholder profiles, seen as the API shows them: administrators and auditors every
 * stakeholder of their tenant with every fact, members those met in meetings that concern
 * them with only the facts from those meetings; anyone what is kept about themselves.
 * Someone the reader may not see is not found, exactly like someone never stored.
 */
@Controller
class StakeholderPageController {

	static final int PAGE_SIZE = 25;

	private final StakeholderProfiles profiles;

	private final CurrentUser currentUser;

	private final CurrentTenant currentTenant;

	StakeholderPageController(StakeholderProfiles profiles, CurrentUser currentUser, CurrentTenant currentTenant) {
		this.profiles = profiles;
		this.currentUser = currentUser;
		this.currentTenant = currentTenant;
	}

	@GetMapping("/stakeholders")
	@RequiresModule(Module.STAKEHOLDER_INSIGHTS)
	String stakeholders(@RequestParam(defaultValue = "0") int page, Model model) {
		KolleganUser user = this.currentUser.get();
		Tenant tenant = this.currentTenant.get();
		int wanted = Math.max(page, 0);
		// A member sees people from the meetings that concern them; without an address,
		// none do.
		StakeholderPage found = (user.seesAllMeetings() || user.email() != null)
				? this.profiles.page(tenant.id(), concerning(user), wanted, PAGE_SIZE)
				: new StakeholderPage(List.of(), wanted, PAGE_SIZE, 0);
		Predicate<EmailAddress> own = this.profiles.ownOrganisation(tenant.id());
		model.addAttribute("stakeholders",
				found.items().stream().map(summary -> StakeholderRow.of(summary, own, tenant.timeZone())).toList());
		model.addAttribute("page", found);
		model.addAttribute("seesAll", user.seesAllMeetings());
		return "stakeholders";
	}

	@GetMapping("/stakeholders/{id}")
	@RequiresModule(Module.STAKEHOLDER_INSIGHTS)
	String stakeholder(@PathVariable UUID id, Model model) {
		KolleganUser user = this.currentUser.get();
		Optional<StakeholderProfile> profile = (user.seesAllMeetings() || user.email() != null)
				? this.profiles.profile(user.tenantId(), new StakeholderId(id), concerning(user)) : Optional.empty();
		// A member's view holds only facts from meetings they may see: each one links.
		model.addAttribute("profile",
				StakeholderView.of(profile.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)),
						this.currentTenant.get().timeZone(), meeting -> true));
		model.addAttribute("mine", false);
		return "stakeholder";
	}

	/**
	 * Everything kept about the signed-in person, from every meeting it came from; the
	 * meetings they may not open are named but not linked.
	 */
	@GetMapping("/stakeholders/me")
	String mine(Model model) {
		KolleganUser user = this.currentUser.get();
		EmailAddress email = user.email();
		if (email == null) {
			throw new AccessDeniedException("only a person has a profile");
		}
		Optional<StakeholderProfile> profile = this.profiles.profileOf(user.tenantId(), email, null);
		model.addAttribute("profile",
				profile.map(found -> StakeholderView.of(found, this.currentTenant.get().timeZone(), opens(user, email)))
					.orElse(null));
		model.addAttribute("email", email.value());
		model.addAttribute("mine", true);
		return "stakeholder";
	}

	private static @Nullable EmailAddress concerning(KolleganUser user) {
		return user.seesAllMeetings() ? null : user.email();
	}

	/**
	 * The meetings a member may open are those of their own profile read as they read
	 * everyone's: through the meetings that concern them.
	 */
	private Predicate<MeetingId> opens(KolleganUser user, EmailAddress email) {
		if (user.seesAllMeetings()) {
			return meeting -> true;
		}
		Set<MeetingId> visible = this.profiles.profileOf(user.tenantId(), email, email)
			.map(StakeholderProfile::facts)
			.orElse(List.of())
			.stream()
			.map(ProfileFact::source)
			.collect(Collectors.toUnmodifiableSet());
		return visible::contains;
	}

}
