package se.postboxen.kollegan.adapter.mail;

import se.postboxen.kollegan.outbox.OutgoingMail;

/**
 * How a composed mail leaves: over SMTP, or into the outbox when there is no mail server.
 * The texts are written once, whichever way they go.
 */
@FunctionalInterface
public interface MailTransport {

	/**
	 * Hands the mail over.
	 * @throws RuntimeException when the mail cannot be handed over (the job retries)
	 */
	void send(OutgoingMail mail);

}
