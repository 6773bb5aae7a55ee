package se.postboxen.kollegan.outbox;

import java.util.Objects;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * One plain-text e-mail from Kollegan.
 *
 * @param kind what the mail is about ({@code nudge}, {@code lobby} …), for the outbox's
 * readers and metrics
 */
public record OutgoingMail(TenantId tenantId, EmailAddress to, String subject, String text, String kind) {

	public static final int MAX_SUBJECT_LENGTH = 300;

	public static final int MAX_TEXT_LENGTH = 20_000;

	public OutgoingMail {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(to, "to");
		subject = Text.required(subject, "subject", MAX_SUBJECT_LENGTH);
		text = Text.required(text, "text", MAX_TEXT_LENGTH);
		kind = Text.required(kind, "kind", 40);
	}

}
