package se.postboxen.kollegan.outbox;

import java.time.Instant;
import java.util.List;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Where mail goes when no mail server is configured (development, the embedded mode):
 * kept per tenant and recipient instead of sent. Personal data: erased with the person.
 */
public interface MailOutbox {

	void keep(OutgoingMail mail, Instant at);

	/** The newest mails to one person, newest first. */
	List<KeptMail> to(TenantId tenantId, EmailAddress recipient, int limit);

}
