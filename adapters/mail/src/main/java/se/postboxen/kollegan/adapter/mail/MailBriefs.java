package se.postboxen.kollegan.adapter.mail;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.postboxen.kollegan.brief.BriefLetter;
import se.postboxen.kollegan.brief.BriefMail;
import se.postboxen.kollegan.outbox.OutgoingMail;

/**
 * Briefs by mail, Swedish first and English second around the brief itself. A brief
 * longer than a mail may carry is cut, and the mail says where to read all of it.
 */
public class MailBriefs implements BriefMail {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	/** Subjects quote the title this far. */
	private static final int SUBJECT_TITLE = 120;

	private final MailTransport transport;

	public MailBriefs(MailTransport transport) {
		this.transport = transport;
	}

	@Override
	public void send(BriefLetter letter) {
		String greeting = (letter.toName() != null) ? "Hej " + letter.toName() + "!" : "Hej!";
		String when = WHEN.format(letter.startsAt());
		String title = letter.meetingTitle().replaceAll("\\s+", " ").strip();
		String intro = switch (letter.kind()) {
			case PRE -> """
					Här är Kollegans förberedelse inför "%s" (%s): vilka som kommer och vad som hände förra \
					gången.

					Here is Kollegan's brief before "%s" (%s): who is coming and what happened last time.
					""".formatted(title, when, title, when);
			case POST -> """
					Här är Kollegans sammanfattning av "%s" (%s): beslut, åtgärder och samtycke.

					Here is Kollegan's summary of "%s" (%s): decisions, actions and consent.
					""".formatted(title, when, title, when);
		};
		String outro = """

				—

				Allt finns också på mötessidan i Kollegan / Everything is also on the meeting's page in \
				Kollegan: %s
				""".formatted(letter.link());
		String head = greeting + "\n\n" + intro + "\n";
		String subject = switch (letter.kind()) {
			case PRE -> "Inför mötet / Before the meeting: ";
			case POST -> "Efter mötet / After the meeting: ";
		} + ((title.length() <= SUBJECT_TITLE) ? title : title.substring(0, SUBJECT_TITLE - 1) + "…");
		String kind = switch (letter.kind()) {
			case PRE -> "pre-brief";
			case POST -> "post-brief";
		};
		String text = head + fitting(letter.content(), OutgoingMail.MAX_TEXT_LENGTH - head.length() - outro.length())
				+ outro;
		this.transport.send(new OutgoingMail(letter.tenantId(), letter.to(), subject, text, kind));
	}

	private static String fitting(String content, int room) {
		if (content.length() <= room) {
			return content;
		}
		String cut = "\n… (förkortad / shortened)";
		return content.substring(0, room - cut.length()) + cut;
	}

}
