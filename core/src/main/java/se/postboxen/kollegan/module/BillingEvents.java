package se.postboxen.kollegan.module;

/**
 * The customer's billing, told of every switch in the module shop.
 */
public interface BillingEvents {

	/**
	 * Sends one event. Sending the same event again is safe: it carries its id for
	 * billing to count it once.
	 * @return whether it was sent, or there is no billing endpoint to send it to
	 * @throws BillingException when billing could not be told
	 */
	Delivery send(BillingEvent event);

	enum Delivery {

		SENT,

		/** This installation has no billing endpoint: nothing was sent. */
		NO_ENDPOINT

	}

}
