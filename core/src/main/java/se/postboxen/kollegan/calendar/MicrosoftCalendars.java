package se.postboxen.kollegan.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;

/**
 * Users' Microsoft 365 calendars (Microsoft Graph, application permissions granted by
 * each customer's administrator): changes since the last look, and change-notification
 * subscriptions so that Microsoft says when to look.
 */
public interface MicrosoftCalendars {

	/** Whether Kollegan has Microsoft 365 credentials at all. */
	boolean configured();

	/**
	 * The calendar's events changed since {@code deltaLink}, or all events in the window
	 * when it is {@code null}.
	 * @param directoryId the customer's Entra tenant
	 * @throws CalendarFeedException when Microsoft cannot be reached or refuses
	 */
	Changes changes(String directoryId, EmailAddress mailbox, @Nullable String deltaLink, Instant from, Instant to);

	/**
	 * @throws CalendarFeedException when Microsoft refuses (e.g. the notification URL
	 * failed its validation)
	 */
	Subscription subscribe(String directoryId, EmailAddress mailbox, String clientState, Instant expiresAt);

	/**
	 * @return the new expiry
	 */
	Instant renew(String directoryId, String subscriptionId, Instant expiresAt);

	/**
	 * @param events events created or changed (including occurrences of series)
	 * @param cancelled events the organiser cancelled
	 * @param removedIds calendar ids of events deleted from the calendar
	 * @param deltaLink where to continue next time
	 */
	record Changes(List<CalendarEvent> events, List<CalendarEvent> cancelled, List<String> removedIds,
			String deltaLink) {

		public Changes {
			events = List.copyOf(events);
			cancelled = List.copyOf(cancelled);
			removedIds = List.copyOf(removedIds);
			Objects.requireNonNull(deltaLink, "deltaLink");
		}

	}

	record Subscription(String id, Instant expiresAt) {

		public Subscription {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(expiresAt, "expiresAt");
		}

	}

}
