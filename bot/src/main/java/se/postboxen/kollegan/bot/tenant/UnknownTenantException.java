package se.postboxen.kollegan.bot.tenant;

/** The request names no tenant we know; answered 403 without saying more. */
public class UnknownTenantException extends RuntimeException {

	public UnknownTenantException() {
		super("Unknown tenant");
	}

}
