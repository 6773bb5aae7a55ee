package se.postboxen.kollegan.bot.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.postboxen.kollegan.bot.security.BreakGlassElevation;
import se.postboxen.kollegan.bot.security.KolleganPrincipal;
import se.postboxen.kollegan.breakglass.BreakGlassGrant;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * What the shared layout needs on every dashboard page: the viewer for the header (none
 * on an error page seen signed out) and the page's own path for the language switch.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

	private final Tenants tenants;

	PageModel(Tenants tenants) {
		this.tenants = tenants;
	}

	@ModelAttribute("viewer")
	@Nullable Viewer viewer(@AuthenticationPrincipal @Nullable KolleganPrincipal principal) {
		if (principal == null) {
			return null;
		}
		return this.tenants.findById(principal.kolleganUser().tenantId())
			.map(tenant -> new Viewer(principal.kolleganUser(), tenant))
			.orElse(null);
	}

	/** For pages that show live status: every badge, to swap in as statuses change. */
	@ModelAttribute("statusBadges")
	List<StatusBadge> statusBadges() {
		return StatusBadge.ALL;
	}

	/**
	 * Until when the viewer is an administrator by break-glass access, in their tenant's
	 * time; {@code null} when they are not. Every page says so, so that nobody forgets.
	 */
	@ModelAttribute("breakGlassUntil")
	@Nullable String breakGlassUntil(HttpServletRequest request) {
		if (!(request.getAttribute(BreakGlassElevation.GRANT) instanceof BreakGlassGrant grant)) {
			return null;
		}
		return this.tenants.findById(grant.tenantId())
			.map(tenant -> UNTIL.format(grant.expiresAt().atZone(tenant.timeZone())))
			.orElse(null);
	}

	/**
	 * Whether the navigation leads to break-glass access: for those who use or review it.
	 */
	@ModelAttribute("breakGlassNav")
	boolean breakGlassNav(@AuthenticationPrincipal @Nullable KolleganPrincipal principal) {
		return principal != null && (principal.kolleganUser().has(Role.BREAK_GLASS)
				|| principal.kolleganUser().has(Role.ADMIN) || principal.kolleganUser().has(Role.AUDITOR));
	}

	/** Without the query: switching language keeps the page, not its form input. */
	@ModelAttribute("path")
	String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
