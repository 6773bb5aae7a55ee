package se.postboxen.kollegan.bot.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.tenant.Tenants;

/** The signed-in start page: who you are, for which organisation, and how to sign out. */
@Controller
class HomeController {

	private final CurrentUser currentUser;

	private final Tenants tenants;

	HomeController(CurrentUser currentUser, Tenants tenants) {
		this.currentUser = currentUser;
		this.tenants = tenants;
	}

	@GetMapping("/")
	String home(Model model) {
		KolleganUser user = this.currentUser.get();
		model.addAttribute("user", user);
		model.addAttribute("tenant", this.tenants.findById(user.tenantId()).orElseThrow());
		return "index";
	}

}
