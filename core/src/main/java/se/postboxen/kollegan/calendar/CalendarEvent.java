package se.postboxen.kollegan.calendar;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.Person;

/**
 * One meeting as a calendar describes it: a single event, or one occurrence of a series
 * (with the series' UID and the occurrence's original start).
 *
 * @param occurrence the original start of this occurrence (iCal {@code RECURRENCE-ID} or
 * the expanded {@code RRULE} instance); {@code null} for a single event
 * @param joinUrl the online meeting link, {@code null} when there is none
 * @param participants the people invited, each once, without rooms and resources
 * @param categories the event's categories or labels, as the calendar spells them
 * @param sourceId the calendar's own id of the event, where it has one (Microsoft 365),
 * to recognise the event when the calendar later only says it was removed
 * @param cancelled the calendar shows the event as cancelled by its organiser
 */
public record CalendarEvent(String uid, @Nullable Instant occurrence, int sequence, String title,
		ZonedDateTime startsAt, ZonedDateTime endsAt, @Nullable URI joinUrl, @Nullable Person organizer,
		List<Person> participants, List<String> categories, @Nullable String sourceId, boolean cancelled) {

	public CalendarEvent {
		Objects.requireNonNull(uid, "uid");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(startsAt, "startsAt");
		Objects.requireNonNull(endsAt, "endsAt");
		participants = List.copyOf(participants);
		categories = List.copyOf(categories);
	}

	public boolean isOccurrence() {
		return this.occurrence != null;
	}

}
