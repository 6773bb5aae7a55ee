package se.postboxen.kollegan.bot.tenant;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.Users;

/**
 * The caller as a registered person of their tenant, for what belongs to people rather
 * than to clients (an agent address, a calendar).
 */
@Component
public class CurrentPerson {

	private final CurrentUser currentUser;

	private final Users users;

	CurrentPerson(CurrentUser currentUser, Users users) {
		this.currentUser = currentUser;
		this.users = users;
	}

	/**
	 * @throws ResponseStatusException 403 for a client credential or a person not
	 * registered with the tenant
	 */
	public User get() {
		KolleganUser caller = this.currentUser.get();
		if (caller.email() == null) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only a person may do this");
		}
		return this.users.findByEmail(caller.tenantId(), caller.email())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only a registered user of the tenant may do this"));
	}

}
