package se.postboxen.kollegan.bot.dashboard;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.postboxen.kollegan.bot.security.EndpointPolicy;
import se.postboxen.kollegan.bot.security.SecurityProperties;

/**
 * The pages Teams opens: the tab, which signs in with the token Teams gives it and then
 * shows the dashboard page it was asked for; and the page Teams shows when the tab is
 * added to a meeting or a chat. Outside Teams the tab page simply goes on to the page,
 * through the ordinary sign-in.
 */
@Controller
class TeamsTabPages {

	private final boolean singleSignOn;

	TeamsTabPages(SecurityProperties security) {
		this.singleSignOn = security.teamsTab().enabled();
	}

	/**
	 * @param target the dashboard page to show once signed in; only a path on this site
	 * (anything else would make the tab an open redirect)
	 */
	@GetMapping(EndpointPolicy.TEAMS_TAB)
	String tab(@RequestParam(required = false) @Nullable String target, Model model) {
		model.addAttribute("target", ownPath(target));
		model.addAttribute("singleSignOn", this.singleSignOn);
		return "teams-tab";
	}

	@GetMapping(EndpointPolicy.TEAMS_TAB_CONFIGURATION)
	String configure() {
		return "teams-configure";
	}

	static String ownPath(@Nullable String target) {
		boolean own = target != null && target.startsWith("/") && !target.startsWith("//") && !target.contains("\\")
				&& target.chars().noneMatch(Character::isISOControl);
		return own ? target : "/";
	}

}
