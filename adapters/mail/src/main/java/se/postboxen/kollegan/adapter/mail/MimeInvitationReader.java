package se.postboxen.kollegan.adapter.mail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.calendar.CalendarInvitation;
import se.postboxen.kollegan.invite.InboundMail;
import se.postboxen.kollegan.invite.InvitationReader;
import se.postboxen.kollegan.invite.UnreadableMailException;
import se.postboxen.kollegan.person.EmailAddress;

/**
 * Reads an e-mailed invitation with Jakarta Mail: its recipients (headers and the
 * envelope's {@code Delivered-To}/{@code X-Original-To}, since the agent is often a Bcc
 * or a forwarding target) and the first calendar in it — a {@code text/calendar} part or
 * an {@code .ics} attachment, at any depth of nesting.
 */
public class MimeInvitationReader implements InvitationReader {

	/** Nesting deeper than this is not a mail client's doing. */
	private static final int MAX_DEPTH = 10;

	private static final List<String> ENVELOPE_HEADERS = List.of("Delivered-To", "X-Original-To", "Envelope-To");

	private final Session session = Session.getInstance(new Properties());

	private final Clock clock;

	public MimeInvitationReader(Clock clock) {
		this.clock = clock;
	}

	@Override
	public InboundMail read(byte[] rawMime, Duration seriesAhead) {
		MimeMessage message;
		List<EmailAddress> recipients;
		EmailAddress sender;
		String ics;
		try {
			message = new MimeMessage(this.session, new ByteArrayInputStream(rawMime));
			recipients = recipients(message);
			sender = first(message.getFrom());
			ics = calendar(message, 0);
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			throw new UnreadableMailException("not a readable e-mail: " + ex.getClass().getSimpleName(), ex);
		}
		if (ics == null) {
			return new InboundMail(recipients, sender, null, null, null);
		}
		try {
			// Occurrences that ended more than a day ago are history, not invitations.
			CalendarInvitation invitation = IcsCalendars.parse(ics, this.clock.instant().minus(Duration.ofDays(1)),
					seriesAhead);
			return new InboundMail(recipients, sender, invitation, null, ics);
		}
		catch (UnreadableCalendarException ex) {
			return new InboundMail(recipients, sender, null, ex.getMessage(), null);
		}
	}

	private static List<EmailAddress> recipients(MimeMessage message) throws MessagingException {
		List<EmailAddress> recipients = new ArrayList<>();
		addAll(recipients, message.getRecipients(Message.RecipientType.TO));
		addAll(recipients, message.getRecipients(Message.RecipientType.CC));
		for (String header : ENVELOPE_HEADERS) {
			String[] values = message.getHeader(header);
			if (values != null) {
				for (String value : values) {
					try {
						addAll(recipients, InternetAddress.parseHeader(value, false));
					}
					catch (AddressException ex) {
						// A relay's odd envelope header is not the sender's fault: skip
						// it.
					}
				}
			}
		}
		return recipients;
	}

	private static void addAll(List<EmailAddress> into, Address @Nullable [] addresses) {
		if (addresses == null) {
			return;
		}
		for (Address address : addresses) {
			EmailAddress email = email(address);
			if (email != null && !into.contains(email)) {
				into.add(email);
			}
		}
	}

	private static @Nullable EmailAddress first(Address @Nullable [] addresses) {
		return (addresses != null && addresses.length > 0) ? email(addresses[0]) : null;
	}

	private static @Nullable EmailAddress email(Address address) {
		if (address instanceof InternetAddress internet && internet.getAddress() != null
				&& EmailAddress.isValid(internet.getAddress())) {
			return EmailAddress.of(internet.getAddress());
		}
		return null;
	}

	/** The first calendar in the part or below it, as text. */
	private static @Nullable String calendar(Part part, int depth) throws MessagingException, IOException {
		if (depth > MAX_DEPTH) {
			return null;
		}
		if (isCalendar(part)) {
			return text(part);
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = calendar(child, depth + 1);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean isCalendar(Part part) throws MessagingException {
		if (part.isMimeType("text/calendar") || part.isMimeType("application/ics")) {
			return true;
		}
		String fileName = part.getFileName();
		return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".ics");
	}

	/** The part's text in its declared charset (UTF-8 when none or an unknown one). */
	private static String text(Part part) throws MessagingException, IOException {
		Charset charset = StandardCharsets.UTF_8;
		String declared = new ContentType(part.getContentType()).getParameter("charset");
		if (declared != null && Charset.isSupported(declared)) {
			charset = Charset.forName(declared);
		}
		try (InputStream in = part.getInputStream()) {
			return new String(in.readAllBytes(), charset);
		}
	}

}
