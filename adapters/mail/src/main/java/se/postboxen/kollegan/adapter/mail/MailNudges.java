package se.postboxen.kollegan.adapter.mail;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionEscalation;
import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.action.NudgeMail;
import se.postboxen.kollegan.outbox.OutgoingMail;

/**
 * Nudges and escalations by mail, Swedish first and English second. Mail has no buttons:
 * it links to the meeting's page, where the action is marked done, re-dated or handed
 * over.
 */
public class MailNudges implements NudgeMail {

	/** Subjects quote the action this far; the body has all of it. */
	private static final int SUBJECT_QUOTE = 80;

	private final MailTransport transport;

	public MailNudges(MailTransport transport) {
		this.transport = transport;
	}

	@Override
	public void nudge(ActionNudge nudge) {
		String greeting = (nudge.ownerName() != null) ? "Hej " + nudge.ownerName() + "!" : "Hej!";
		String text = """
				%s

				På mötet "%s" fick du en åtgärd:

				    %s

				%s

				Är den klar, behöver den ett nytt datum eller någon annan ansvarig? Öppna mötet i Kollegan \
				och svara där: %s

				—

				At the meeting "%s" you took on an action:

				    %s

				%s

				Is it done, does it need a new date or another owner? Open the meeting in Kollegan and answer \
				there: %s
				""".formatted(greeting, nudge.meetingTitle(), nudge.text(), dueSv(nudge.due()), nudge.link(),
				nudge.meetingTitle(), nudge.text(), dueEn(nudge.due()), nudge.link());
		this.transport.send(new OutgoingMail(nudge.tenantId(), nudge.owner(),
				"Påminnelse / Reminder: " + quote(nudge.text()), text, "nudge"));
	}

	@Override
	public void escalate(ActionEscalation escalation) {
		String ownerSv = (escalation.owner() != null) ? escalation.owner() : "ingen ansvarig";
		String ownerEn = (escalation.owner() != null) ? escalation.owner() : "nobody";
		String text = """
				Hej!

				En åtgärd från ditt möte "%s" är fortfarande öppen och ingen har svarat på den \
				(ansvarig: %s, påminnelser: %d):

				    %s

				%s

				Öppna mötet i Kollegan och markera den som klar, ge den ett nytt datum eller en ny ansvarig: %s

				—

				An action from your meeting "%s" is still open and nobody has answered for it (owner: %s, \
				reminders sent: %d):

				    %s

				%s

				Open the meeting in Kollegan and mark it done, give it a new date or a new owner: %s
				""".formatted(escalation.meetingTitle(), ownerSv, escalation.nudgesSent(), escalation.text(),
				dueSv(escalation.due()), escalation.link(), escalation.meetingTitle(), ownerEn, escalation.nudgesSent(),
				escalation.text(), dueEn(escalation.due()), escalation.link());
		this.transport.send(new OutgoingMail(escalation.tenantId(), escalation.organizer(),
				"Åtgärd utan svar / Unanswered action: " + quote(escalation.text()), text, "escalation"));
	}

	private static String dueSv(@Nullable LocalDate due) {
		return (due != null) ? "Klart senast " + due + "." : "Inget datum är satt.";
	}

	private static String dueEn(@Nullable LocalDate due) {
		return (due != null) ? "Due " + due + "." : "No date is set.";
	}

	private static String quote(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return (line.length() <= SUBJECT_QUOTE) ? line : line.substring(0, SUBJECT_QUOTE - 1) + "…";
	}

}
