package se.postboxen.kollegan.bot.legal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy statement and terms of use that app stores and the Teams manifest link to
 * ({@code privacyUrl}, {@code termsOfUseUrl}): open to anyone, signed in or not, because
 * people read them before they install.
 */
@Controller
class LegalPagesController {

	@GetMapping("/privacy")
	String privacy() {
		return "privacy";
	}

	@GetMapping("/terms")
	String terms() {
		return "terms";
	}

}
