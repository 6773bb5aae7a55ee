package se.postboxen.kollegan.bot.module;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.postboxen.kollegan.bot.security.KolleganPrincipal;

/**
 * The {@code modules} every dashboard page's layout reads, to leave out links to modules
 * the viewer's tenant has off. Named by package, as the dashboard's controllers are not
 * visible here.
 */
@ControllerAdvice(basePackages = "se.postboxen.kollegan.bot.dashboard")
class ModuleNavigation {

	private final ModuleFlags flags;

	ModuleNavigation(ModuleFlags flags) {
		this.flags = flags;
	}

	@ModelAttribute("modules")
	EnabledModules modules(@AuthenticationPrincipal @Nullable KolleganPrincipal principal) {
		if (principal == null) {
			return EnabledModules.NONE;
		}
		return new EnabledModules(module -> this.flags.on(principal.kolleganUser().tenantId(), module));
	}

}
