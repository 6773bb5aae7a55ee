package se.postboxen.kollegan.adapter.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import se.postboxen.kollegan.breakglass.BreakGlassGrant;
import se.postboxen.kollegan.breakglass.BreakGlassMail;
import se.postboxen.kollegan.breakglass.BreakGlassNotice;
import se.postboxen.kollegan.outbox.OutgoingMail;

/**
 * Break-glass notices by mail, Swedish first and English second. The opening notice
 * carries the reason, so that those who review it need not sign in to see why; the times
 * are Swedish time, as the tenants are Swedish public bodies.
 */
public class MailBreakGlassNotices implements BreakGlassMail {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Europe/Stockholm"));

	private final MailTransport transport;

	public MailBreakGlassNotices(MailTransport transport) {
		this.transport = transport;
	}

	@Override
	public void tell(BreakGlassNotice notice) {
		BreakGlassGrant grant = notice.grant();
		String greeting = (notice.recipientName() != null) ? "Hej " + notice.recipientName() + "!" : "Hej!";
		String who = (grant.email() != null) ? grant.name() + " <" + grant.email().value() + ">" : grant.name();
		String text;
		String subject;
		if (notice.kind() == BreakGlassNotice.Kind.OPENED) {
			subject = "Nödåtkomst öppnad / Break-glass access opened: " + grant.name();
			text = """
					%s

					%s tog administratörsbehörighet i Kollegan genom nödåtkomst, från %s till %s (svensk tid).
					Skäl: %s

					Granska eller avsluta åtkomsten: %s
					Referens i granskningsloggen: %s

					—

					%s took administrator rights in Kollegan through break-glass access, from %s to %s (Swedish time).
					Reason: %s

					Review or end the access: %s
					Reference in the audit log: %s
					""".formatted(greeting, who, TIME.format(grant.openedAt()), TIME.format(grant.expiresAt()),
					grant.reason(), notice.link(), grant.id(), who, TIME.format(grant.openedAt()),
					TIME.format(grant.expiresAt()), grant.reason(), notice.link(), grant.id());
		}
		else {
			subject = "Nödåtkomst avslutad / Break-glass access ended: " + grant.name();
			text = """
					%s

					Nödåtkomsten för %s har upphört %s (svensk tid). Allt som gjordes med den finns i granskningsloggen.

					Se åtkomsten: %s
					Referens i granskningsloggen: %s

					—

					Break-glass access for %s ended %s (Swedish time). Everything done with it is in the audit log.

					See the access: %s
					Reference in the audit log: %s
					""".formatted(greeting, who, TIME.format(grant.end()), notice.link(), grant.id(), who,
					TIME.format(grant.end()), notice.link(), grant.id());
		}
		this.transport.send(new OutgoingMail(grant.tenantId(), notice.recipient(), subject, text, "break-glass"));
	}

}
