package se.postboxen.kollegan.bot.invite.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.invite.InviteProperties;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.invite.AgentAddress;
import se.postboxen.kollegan.invite.InviteSettings;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.Users;

/** The signed-in user's own agent address: shown, and rotated when it has leaked. */
@RestController
@RequestMapping(path = "/api/agents/invite-address", produces = MediaType.APPLICATION_JSON_VALUE)
class InviteAddressController {

	private final InviteSettings settings;

	private final Users users;

	private final CurrentUser currentUser;

	private final InviteProperties properties;

	InviteAddressController(InviteSettings settings, Users users, CurrentUser currentUser,
			InviteProperties properties) {
		this.settings = settings;
		this.users = users;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	@GetMapping
	InviteAddressResponse get() {
		User user = user();
		return response(this.settings.addressOf(user.tenantId(), user.id()));
	}

	@PostMapping("/rotate")
	InviteAddressResponse rotate() {
		User user = user();
		return response(this.settings.rotate(user.tenantId(), user.id(), Actor.user(this.currentUser.get().subject())));
	}

	/** Addresses belong to people: a client credential has none. */
	private User user() {
		KolleganUser caller = this.currentUser.get();
		if (caller.email() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a person has an agent address");
		}
		return this.users.findByEmail(caller.tenantId(), caller.email())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only a registered user of the tenant has an agent address"));
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
