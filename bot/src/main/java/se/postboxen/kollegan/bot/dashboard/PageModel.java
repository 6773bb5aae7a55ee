package se.postboxen.kollegan.bot.dashboard;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.postboxen.kollegan.bot.security.KolleganPrincipal;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * What the shared layout needs on every dashboard page: the viewer for the header (none
 * on an error page seen signed out) and the page's own path for the language switch.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
class PageModel {

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

	/** Without the query: switching language keeps the page, not its form input. */
	@ModelAttribute("path")
	String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
