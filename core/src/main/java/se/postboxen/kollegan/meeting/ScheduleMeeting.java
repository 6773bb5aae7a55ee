package se.postboxen.kollegan.meeting;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The request to have the agent attend a meeting, whichever way it arrived (API,
 * invitation, calendar, chat command).
 *
 * @param platform the platform, or {@code null} to infer it from the join URL
 * @param requesterEmail the e-mail of the user behind {@code requestedBy}, when a user
 * asked
 * @param sequence the calendar's revision (iCal {@code SEQUENCE}); 0 outside calendars,
 * {@link #CURRENT} from a calendar that gives its current state without revisions
 * @param channel the path the request came by, for the audit trail
 */
public record ScheduleMeeting(TenantId tenantId, Actor requestedBy, @Nullable EmailAddress requesterEmail, String title,
		@Nullable Platform platform, URI joinUrl, ZonedDateTime startsAt, ZonedDateTime endsAt,
		@Nullable Person organizer, List<Person> participants, ExternalIds externalIds, int sequence,
		BookingChannel channel) {

	/**
	 * The calendar's state as it is now (Microsoft 365 gives no revision number): applied
	 * whatever revision is stored, and leaving it as it is.
	 */
	public static final int CURRENT = -1;

	public ScheduleMeeting {
		participants = List.copyOf(participants);
		Objects.requireNonNull(channel, "channel");
	}

}
