package se.postboxen.kollegan.bot.invite.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.invite.InviteProperties;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.tenant.CurrentPerson;
import se.postboxen.kollegan.invite.AgentAddress;
import se.postboxen.kollegan.invite.InviteSettings;
import se.postboxen.kollegan.tenant.User;

/** The signed-in user's own agent address: shown, and rotated when it has leaked. */
@RestController
@RequestMapping(path = "/api/agents/invite-address", produces = MediaType.APPLICATION_JSON_VALUE)
class InviteAddressController {

	private final InviteSettings settings;

	private final CurrentPerson currentPerson;

	private final CurrentUser currentUser;

	private final InviteProperties properties;

	InviteAddressController(InviteSettings settings, CurrentPerson currentPerson, CurrentUser currentUser,
			InviteProperties properties) {
		this.settings = settings;
		this.currentPerson = currentPerson;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	@GetMapping
	InviteAddressResponse get() {
		User user = this.currentPerson.get();
		return response(this.settings.addressOf(user.tenantId(), user.id()));
	}

	@PostMapping("/rotate")
	InviteAddressResponse rotate() {
		User user = this.currentPerson.get();
		return response(this.settings.rotate(user.tenantId(), user.id(), Actor.user(this.currentUser.get().subject())));
	}

	private InviteAddressResponse response(AgentAddress address) {
		String email = address.address(this.properties.domain()).value();
		return new InviteAddressResponse(email,
				"Bjud in " + email + " till ett Teams-, Zoom-, Google Meet- eller Webex-möte som en kollega, så "
						+ "ansluter Kollegan när mötet börjar. / Invite " + email
						+ " to a Teams, Zoom, Google Meet or Webex meeting like a colleague, and Kollegan joins "
						+ "when the meeting starts.");
	}

	record InviteAddressResponse(String address, String instructions) {

	}

}
