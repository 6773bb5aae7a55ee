package se.postboxen.kollegan.invite;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.calendar.CalendarInvitation;
import se.postboxen.kollegan.person.EmailAddress;

/**
 * An e-mail sent to the agent, as far as an invitation needs it.
 *
 * @param recipients every address it was sent to (To, Cc and the envelope's Delivered-To)
 * @param invitation the calendar it carries, {@code null} when it carries none
 * @param calendarProblem why a calendar it carries could not be read, {@code null} when
 * it could (or there was none)
 * @param calendarText the calendar as sent, kept for recurring series so that they can be
 * expanded further later
 */
public record InboundMail(List<EmailAddress> recipients, @Nullable EmailAddress sender,
		@Nullable CalendarInvitation invitation, @Nullable String calendarProblem, @Nullable String calendarText) {

	public InboundMail {
		recipients = List.copyOf(recipients);
		Objects.requireNonNull(recipients, "recipients");
	}

}
