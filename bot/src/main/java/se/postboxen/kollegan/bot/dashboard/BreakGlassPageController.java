package se.postboxen.kollegan.bot.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.breakglass.BreakGlass;
import se.postboxen.kollegan.breakglass.BreakGlassGrant;
import se.postboxen.kollegan.breakglass.BreakGlassGrantId;
import se.postboxen.kollegan.breakglass.BreakGlassRefusedException;
import se.postboxen.kollegan.tenant.Role;

/**
 * Break-glass access in the dashboard, by the same use case and rules as its API: the
 * on-call engineer opens access with a reason and ends it; administrators (by the
 * identity provider's word) and auditors review every grant of the tenant, and
 * administrators end any. The notices mailed about a grant link here.
 */
@Controller
class BreakGlassPageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final BreakGlass breakGlass;

	private final CurrentUser currentUser;

	private final CurrentTenant currentTenant;

	private final Clock clock;

	BreakGlassPageController(BreakGlass breakGlass, CurrentUser currentUser, CurrentTenant currentTenant, Clock clock) {
		this.breakGlass = breakGlass;
		this.currentUser = currentUser;
		this.currentTenant = currentTenant;
		this.clock = clock;
	}

	/**
	 * One grant as the page lists it, times in the tenant's zone.
	 *
	 * @param state the message key of where it stands: running, ended by someone, or run
	 * out
	 */
	record GrantRow(UUID id, String name, @Nullable String email, String reason, String opened, String ends,
			boolean active, String state, boolean own) {

	}

	@GetMapping("/break-glass")
	String page(Model model) {
		KolleganUser user = this.currentUser.get();
		boolean eligible = user.has(Role.BREAK_GLASS);
		boolean reviews = reviews(user);
		if (!eligible && !reviews) {
			throw new AccessDeniedException("break-glass is for the eligible and for reviewers");
		}
		ZoneId zone = this.currentTenant.get().timeZone();
		List<GrantRow> grants = this.breakGlass.recent(user.tenantId(), 100)
			.stream()
			.filter(grant -> reviews || grant.subject().equals(user.subject()))
			.map(grant -> row(grant, user, zone))
			.toList();
		model.addAttribute("grants", grants);
		model.addAttribute("eligible", eligible);
		model.addAttribute("mayEndOthers", user.has(Role.ADMIN) && !this.currentUser.byBreakGlass());
		model.addAttribute("open",
				grants.stream().filter(grant -> grant.own() && grant.active()).findFirst().orElse(null));
		model.addAttribute("longest", this.breakGlass.longest().toMinutes());
		if (!model.containsAttribute("input")) {
			model.addAttribute("input", Map.of("reason", "", "minutes", "30"));
		}
		return "break-glass";
	}

	@PostMapping("/break-glass")
	String open(@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String minutes,
			RedirectAttributes redirect) {
		KolleganUser user = this.currentUser.get();
		if (!user.has(Role.BREAK_GLASS)) {
			throw new AccessDeniedException("only the eligible open break-glass access");
		}
		Integer wanted = parseMinutes(minutes);
		try {
			if (wanted == null) {
				throw new BreakGlassRefusedException("minutes", "");
			}
			Optional<BreakGlassGrant> opened = this.breakGlass.open(new BreakGlass.Request(user.tenantId(),
					user.subject(), user.name(), user.email(), reason, Duration.ofMinutes(wanted)));
			redirect.addFlashAttribute("notice", opened.isPresent() ? "breakglass.opened" : "breakglass.alreadyOpen");
		}
		catch (BreakGlassRefusedException ex) {
			redirect.addFlashAttribute("invalid",
					Map.of(ex.field(),
							ex.field().equals("reason")
									? InvalidField.of("breakglass.invalid.reason", BreakGlassGrant.MIN_REASON_LENGTH,
											BreakGlassGrant.MAX_REASON_LENGTH)
									: InvalidField.of("breakglass.invalid.minutes", BreakGlass.SHORTEST.toMinutes(),
											this.breakGlass.longest().toMinutes())));
			redirect.addFlashAttribute("input", Map.of("reason", reason, "minutes", minutes));
		}
		return "redirect:/break-glass";
	}

	@PostMapping("/break-glass/{id}/end")
	String end(@PathVariable UUID id, RedirectAttributes redirect) {
		KolleganUser user = this.currentUser.get();
		BreakGlassGrantId grantId = new BreakGlassGrantId(id);
		boolean own = this.breakGlass.find(user.tenantId(), grantId)
			.filter(grant -> grant.subject().equals(user.subject()))
			.isPresent();
		if (!own && !(user.has(Role.ADMIN) && !this.currentUser.byBreakGlass())) {
			throw new AccessDeniedException("only the holder or an administrator ends a grant");
		}
		boolean ended = this.breakGlass.end(user.tenantId(), grantId, Actor.user(user.subject())).isPresent();
		redirect.addFlashAttribute("notice", ended ? "breakglass.ended" : "breakglass.notOpen");
		return "redirect:/break-glass";
	}

	private boolean reviews(KolleganUser user) {
		return (user.has(Role.ADMIN) && !this.currentUser.byBreakGlass()) || user.has(Role.AUDITOR);
	}

	private GrantRow row(BreakGlassGrant grant, KolleganUser user, ZoneId zone) {
		boolean active = grant.activeAt(this.clock.instant());
		boolean endedEarly = grant.endedBy() != null && !BreakGlass.EXPIRY.equals(grant.endedBy());
		String state = active ? "breakglass.state.active"
				: (endedEarly ? "breakglass.state.ended" : "breakglass.state.expired");
		return new GrantRow(grant.id().value(), grant.name(), (grant.email() != null) ? grant.email().value() : null,
				grant.reason(), TIME.format(grant.openedAt().atZone(zone)), TIME.format(grant.end().atZone(zone)),
				active, state, grant.subject().equals(user.subject()));
	}

	private static @Nullable Integer parseMinutes(String minutes) {
		try {
			return Integer.valueOf(minutes.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
