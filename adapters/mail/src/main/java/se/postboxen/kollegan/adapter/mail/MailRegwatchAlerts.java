package se.postboxen.kollegan.adapter.mail;

import se.postboxen.kollegan.outbox.OutgoingMail;
import se.postboxen.kollegan.regwatch.RegwatchAlertMail;
import se.postboxen.kollegan.regwatch.RegwatchAlertNotice;

/**
 * Regwatch alerts by mail, Swedish first and English second, linking to the item's page
 * where its history and differences are.
 */
public class MailRegwatchAlerts implements RegwatchAlertMail {

	private final MailTransport transport;

	public MailRegwatchAlerts(MailTransport transport) {
		this.transport = transport;
	}

	@Override
	public void alert(RegwatchAlertNotice notice) {
		String greeting = (notice.recipientName() != null) ? "Hej " + notice.recipientName() + "!" : "Hej!";
		boolean changed = notice.version() > 1;
		String text = """
				%s

				%s i "%s" rör era bevakade ämnen (relevans %d av 100):

				    %s
				    %s

				Se historiken och vad som ändrats i Kollegan: %s

				—

				%s in "%s" bears on your watched topics (relevance %d of 100):

				    %s
				    %s

				See the history and what changed in Kollegan: %s
				""".formatted(greeting, changed ? "En ändring" : "Något nytt", notice.sourceName(), notice.relevance(),
				notice.itemTitle(), notice.itemUrl(), notice.link(), changed ? "A change" : "Something new",
				notice.sourceName(), notice.relevance(), notice.itemTitle(), notice.itemUrl(), notice.link());
		String title = notice.itemTitle();
		String subject = "Omvärldsbevakning / Regwatch: "
				+ ((title.length() <= 80) ? title : title.substring(0, 79) + "…");
		this.transport.send(new OutgoingMail(notice.tenantId(), notice.recipient(), subject, text, "regwatch"));
	}

}
