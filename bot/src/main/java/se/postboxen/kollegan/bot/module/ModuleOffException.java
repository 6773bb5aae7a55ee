package se.postboxen.kollegan.bot.module;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import se.postboxen.kollegan.module.Module;

/**
 * A request to a module the caller's tenant has off: a 404 like any address that does not
 * exist, whichever error handling answers it (the API's problem+json, the dashboard's
 * error page), so that nobody learns more from it than from a wrong address.
 */
class ModuleOffException extends ResponseStatusException {

	ModuleOffException(Module module) {
		super(HttpStatus.NOT_FOUND, "module " + module.wireName() + " is off");
	}

}
