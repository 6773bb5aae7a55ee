package se.postboxen.kollegan.bot.security.devidp;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The development identity provider's sign-in page, listing the demo accounts. */
@Controller
@Conditional(DevIdentityProviderCondition.class)
class IdpLoginController {

	@GetMapping(DevIdentityProviderConfiguration.LOGIN_PAGE)
	String login(Model model) {
		model.addAttribute("accounts", DemoAccounts.ALL);
		return "idp-login";
	}

}
