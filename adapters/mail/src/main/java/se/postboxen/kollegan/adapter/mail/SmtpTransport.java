package se.postboxen.kollegan.adapter.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import se.postboxen.kollegan.outbox.OutgoingMail;

/**
 * Mail over SMTP (Spring's {@link JavaMailSender}, configured by {@code spring.mail.*}),
 * plain text in UTF-8.
 */
public class SmtpTransport implements MailTransport {

	private final JavaMailSender mail;

	private final String from;

	public SmtpTransport(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public void send(OutgoingMail outgoing) {
		MimeMessage message = this.mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(outgoing.to().value());
			helper.setSubject(outgoing.subject());
			helper.setText(outgoing.text());
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Could not compose the " + outgoing.kind() + " mail", ex);
		}
		try {
			this.mail.send(message);
		}
		catch (MailException ex) {
			// The job retries; the message names no address or content.
			throw new IllegalStateException(
					"The mail server did not take the " + outgoing.kind() + " mail: " + ex.getClass().getSimpleName(),
					ex);
		}
	}

}
