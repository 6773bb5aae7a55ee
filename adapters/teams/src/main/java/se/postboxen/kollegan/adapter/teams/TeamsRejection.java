package se.postboxen.kollegan.adapter.teams;

/**
 * An incoming request that is not a genuine Bot Connector activity for us, and why; the
 * ingress answers with the status and does nothing else.
 */
public class TeamsRejection extends RuntimeException {

	/** Why a request was turned away, and with which HTTP status. */
	public enum Reason {

		/** No token, not a JWT, not RS256, unknown key or a bad signature. */
		UNAUTHENTICATED(401),

		/**
		 * A genuine token, but not for us or this activity (issuer, audience, time …).
		 */
		FORBIDDEN(403),

		/** The token was fine but the body is no activity. */
		MALFORMED(400),

		/** The signing keys cannot be fetched, so nothing can be checked now. */
		UNAVAILABLE(503);

		private final int status;

		Reason(int status) {
			this.status = status;
		}

		public int status() {
			return this.status;
		}

	}

	private final Reason reason;

	TeamsRejection(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

}
