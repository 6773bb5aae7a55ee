package se.postboxen.kollegan.adapter.teams;

/**
 * The Bot Connector or Entra ID could not be reached or refused us; the job that called
 * retries later.
 */
public class TeamsUnavailableException extends RuntimeException {

	TeamsUnavailableException(String message) {
		super(message);
	}

	TeamsUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
