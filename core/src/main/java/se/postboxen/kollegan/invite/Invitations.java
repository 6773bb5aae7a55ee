package se.postboxen.kollegan.invite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.calendar.CalendarEvent;
import se.postboxen.kollegan.calendar.CalendarInvitation;
import se.postboxen.kollegan.calendar.CalendarParser;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.meeting.Booking;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.Users;

/**
 * Use case: an invitation e-mailed to a user's agent address. Accepted only when the
 * address is active and the organiser's domain is verified by that address's tenant;
 * anything else is rejected with nothing stored and an audit entry. Accepted invitations
 * go through {@link MeetingScheduling} like every other path.
 */
public final class Invitations {

	/** How far ahead a recurring series is materialised into meetings. */
	public static final Duration SERIES_HORIZON = Duration.ofDays(90);

	private final InvitationReader reader;

	private final AgentAddresses addresses;

	private final VerifiedDomains domains;

	private final Users users;

	private final MeetingScheduling scheduling;

	private final AuditLog auditLog;

	private final JobQueue jobs;

	private final RecurringSeries series;

	private final CalendarParser parser;

	private final Clock clock;

	private final String agentDomain;

	public Invitations(InvitationReader reader, AgentAddresses addresses, VerifiedDomains domains, Users users,
			MeetingScheduling scheduling, JobQueue jobs, RecurringSeries series, CalendarParser parser,
			AuditLog auditLog, Clock clock, String agentDomain) {
		this.jobs = jobs;
		this.series = series;
		this.parser = parser;
		this.reader = reader;
		this.addresses = addresses;
		this.domains = domains;
		this.users = users;
		this.scheduling = scheduling;
		this.auditLog = auditLog;
		this.clock = clock;
		this.agentDomain = agentDomain;
	}

	/**
	 * @throws UnreadableMailException when the bytes are not an e-mail
	 */
	public InvitationResult receive(byte[] rawMime) {
		Instant now = this.clock.instant();
		InboundMail mail = this.reader.read(rawMime, SERIES_HORIZON);
		Optional<AgentAddress> address = agentAddress(mail);
		if (address.isEmpty()) {
			audit(null, "invitation.rejected", Map.of("reason", "unknown-address"));
			return InvitationResult.rejected("unknown-address");
		}
		TenantId tenantId = address.get().tenantId();
		Optional<User> user = this.users.findById(tenantId, address.get().userId());
		if (user.isEmpty()) {
			audit(tenantId, "invitation.rejected", Map.of("reason", "unknown-address"));
			return InvitationResult.rejected("unknown-address");
		}
		if (mail.calendarProblem() != null) {
			audit(tenantId, "invitation.rejected", Map.of("reason", "malformed-calendar"));
			return InvitationResult.rejected("malformed-calendar");
		}
		CalendarInvitation invitation = mail.invitation();
		if (invitation == null || invitation.events().isEmpty()) {
			return InvitationResult.ignored("no-calendar");
		}
		if (invitation.method() == CalendarInvitation.Method.REPLY
				|| invitation.method() == CalendarInvitation.Method.OTHER) {
			return InvitationResult.ignored("method-" + invitation.method().name().toLowerCase(java.util.Locale.ROOT));
		}
		// Every event's organiser, not just the first: one calendar can carry several.
		for (CalendarEvent event : invitation.events()) {
			EmailAddress organizerEmail = (event.organizer() != null) ? event.organizer().email() : null;
			if (organizerEmail == null || !this.domains.isVerified(tenantId, organizerEmail.domain())) {
				audit(tenantId, "invitation.rejected", Map.of("reason", "unverified-domain"));
				return InvitationResult.rejected("unverified-domain");
			}
		}
		Actor actor = Actor.user(user.get().id().value().toString());
		if (invitation.method() == CalendarInvitation.Method.CANCEL) {
			return cancel(tenantId, invitation, actor);
		}
		for (String uid : invitation.series()) {
			if (mail.calendarText() != null) {
				int sequence = invitation.events()
					.stream()
					.filter(event -> event.uid().equals(uid))
					.mapToInt(CalendarEvent::sequence)
					.max()
					.orElse(0);
				this.series
					.save(new RecurringSeries.Stored(tenantId, user.get().id(), uid, sequence, mail.calendarText()));
			}
		}
		try {
			return schedule(tenantId, user.get(), invitation, actor, now);
		}
		catch (IllegalArgumentException ex) {
			// An event Kollegan cannot hold (a two-day "meeting", 600 attendees):
			// declined
			// with a reason, like any other invitation it will not act on.
			audit(tenantId, "invitation.rejected", Map.of("reason", "invalid-meeting"));
			return InvitationResult.rejected("invalid-meeting");
		}
	}

	/**
	 * Reads what arrived in the agent's Microsoft 365 mailbox, like mail posted to the
	 * inbound webhook. A message is marked read after it was handled; one handled twice
	 * (a crash in between) books nothing twice.
	 * @return the messages handled
	 */
	public int readMailbox(AgentMailbox mailbox, int max) {
		if (!mailbox.configured()) {
			return 0;
		}
		List<String> unread = mailbox.unread(max);
		for (String id : unread) {
			try {
				receive(mailbox.mime(id));
			}
			catch (UnreadableMailException ex) {
				audit(null, "invitation.rejected", Map.of("reason", "unreadable-mail"));
			}
			catch (RuntimeException ex) {
				// Marked read all the same: one message that always fails must not stop
				// every later one (the oldest is read first).
				audit(null, "invitation.failed", Map.of("error", ex.getClass().getSimpleName()));
			}
			mailbox.markRead(id);
		}
		return unread.size();
	}

	/**
	 * Moves every stored series' window on: occurrences that came into the window are
	 * booked (and any the series no longer has are cancelled), as if the invitation had
	 * arrived again today.
	 * @return the series extended
	 */
	public int extendSeries() {
		int extended = 0;
		Instant now = this.clock.instant();
		for (RecurringSeries.Stored stored : this.series.all()) {
			// One series that fails must not hold up the others (of any tenant).
			try {
				if (extend(stored, now)) {
					extended++;
				}
			}
			catch (RuntimeException ex) {
				audit(stored.tenantId(), "series.extension-failed", Map.of("error", ex.getClass().getSimpleName()));
			}
		}
		return extended;
	}

	/**
	 * @return whether the series is still running (an ended one is forgotten)
	 */
	private boolean extend(RecurringSeries.Stored stored, Instant now) {
		Optional<User> user = this.users.findById(stored.tenantId(), stored.userId());
		List<CalendarEvent> events = user.isEmpty() ? List.of()
				: this.parser.parse(stored.calendarText(), now.minus(java.time.Duration.ofDays(1)), SERIES_HORIZON)
					.events()
					.stream()
					.filter(event -> event.uid().equals(stored.icalUid()) && event.joinUrl() != null)
					.toList();
		if (events.isEmpty()) {
			this.series.remove(stored.tenantId(), stored.icalUid());
			return false;
		}
		schedule(stored.tenantId(), user.get(),
				new CalendarInvitation(CalendarInvitation.Method.REQUEST, events, List.of(stored.icalUid())),
				Actor.user(stored.userId().value().toString()), now);
		return true;
	}

	private Optional<AgentAddress> agentAddress(InboundMail mail) {
		for (EmailAddress recipient : mail.recipients()) {
			Optional<AgentAddress> found = AgentAddress.tokenOf(recipient, this.agentDomain)
				.flatMap(this.addresses::findByToken);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private InvitationResult cancel(TenantId tenantId, CalendarInvitation invitation, Actor actor) {
		List<Meeting> cancelled = new ArrayList<>();
		for (CalendarEvent event : invitation.events()) {
			// A cancelled series arrives as its master event: all its occurrences go.
			Instant occurrence = invitation.series().contains(event.uid()) ? null : event.occurrence();
			if (occurrence == null) {
				this.series.remove(tenantId, event.uid());
			}
			cancelled.addAll(this.scheduling.cancelByCalendar(tenantId, event.uid(), occurrence, event.sequence(),
					event.organizer(), actor));
		}
		if (cancelled.isEmpty()) {
			return InvitationResult.ignored("nothing-to-cancel");
		}
		return new InvitationResult(InvitationResult.Outcome.CANCELLED, cancelled.get(0).id(), "cancelled");
	}

	private InvitationResult schedule(TenantId tenantId, User user, CalendarInvitation invitation, Actor actor,
			Instant now) {
		Map<String, List<ScheduleMeeting>> byUid = new LinkedHashMap<>();
		for (CalendarEvent event : invitation.events()) {
			if (event.joinUrl() == null) {
				continue;
			}
			byUid.computeIfAbsent(event.uid(), uid -> new ArrayList<>())
				.add(command(tenantId, user, actor, event, withoutAgent(event.participants())));
		}
		if (byUid.isEmpty()) {
			audit(tenantId, "invitation.not-joinable", Map.of("reason", "no-online-link"));
			invitation.events().stream().findFirst().ifPresent(event -> tellOrganiser(tenantId, event));
			return new InvitationResult(InvitationResult.Outcome.NOT_JOINABLE, null, "no-online-link");
		}
		List<Booking> bookings = new ArrayList<>();
		for (Map.Entry<String, List<ScheduleMeeting>> uid : byUid.entrySet()) {
			if (invitation.series().contains(uid.getKey())) {
				bookings.addAll(this.scheduling.scheduleSeries(uid.getKey(), uid.getValue(),
						windowEnd(uid.getValue(), now), actor));
			}
			else {
				for (ScheduleMeeting command : uid.getValue()) {
					bookings.add(this.scheduling.schedule(command));
				}
			}
		}
		return result(bookings, now);
	}

	/**
	 * The end of the window the reader expanded the series into: {@link #SERIES_HORIZON}
	 * after now, or after the series' first occurrence when it lies ahead.
	 */
	private static Instant windowEnd(List<ScheduleMeeting> occurrences, Instant now) {
		Instant from = now.minus(java.time.Duration.ofDays(1));
		Instant first = occurrences.stream()
			.map(o -> (o.externalIds().occurrence() != null) ? o.externalIds().occurrence() : o.startsAt().toInstant())
			.min(Instant::compareTo)
			.orElse(from);
		return (first.isAfter(from) ? first : from).plus(SERIES_HORIZON);
	}

	private static InvitationResult result(List<Booking> all, Instant now) {
		List<Booking> bookings = all.stream().filter(b -> b.outcome() != Booking.Outcome.FORGOTTEN).toList();
		if (bookings.isEmpty()) {
			// Every occurrence was offboarded on request; the invitation does not undo
			// it.
			return InvitationResult.ignored("offboarded");
		}
		Booking first = bookings.stream()
			.filter(b -> b.meeting().endsAt().isAfter(now))
			.findFirst()
			.orElse(bookings.get(0));
		if (bookings.stream().anyMatch(b -> b.outcome() == Booking.Outcome.SCHEDULED)) {
			return new InvitationResult(InvitationResult.Outcome.SCHEDULED, first.meeting().id(), "scheduled");
		}
		if (bookings.stream()
			.anyMatch(b -> b.outcome() == Booking.Outcome.UPDATED || b.outcome() == Booking.Outcome.UNCHANGED)) {
			return new InvitationResult(InvitationResult.Outcome.UPDATED, first.meeting().id(), "updated");
		}
		String reason = switch (first.outcome()) {
			case STALE -> "older-revision";
			case NOT_YOURS -> "other-organiser";
			default -> "meeting-under-way";
		};
		// Someone else's meeting is not named to whoever sent this.
		return new InvitationResult(InvitationResult.Outcome.IGNORED,
				(first.outcome() == Booking.Outcome.NOT_YOURS) ? null : first.meeting().id(), reason);
	}

	/**
	 * Queued, so that a slow mail server does not hold up the answer to the inbound
	 * webhook; keyed by event and revision, so that a re-sent invitation is told once.
	 */
	private void tellOrganiser(TenantId tenantId, CalendarEvent event) {
		if (event.organizer() == null || event.organizer().email() == null) {
			return;
		}
		this.jobs.enqueue(new JobRequest(
				new JobKey("notice:not-joinable:" + Integer.toHexString(event.uid().hashCode()) + ":"
						+ Math.max(0, event.sequence()) + ":" + tenantId.value()),
				new JobPayload.OrganiserNotice(tenantId, event.organizer().email(), event.title(),
						JobPayload.OrganiserNotice.Kind.NOT_JOINABLE),
				tenantId, null, this.clock.instant()));
	}

	/** The agent is invited like a colleague but is not one of the meeting's people. */
	private List<Person> withoutAgent(List<Person> participants) {
		return participants.stream()
			.filter(person -> person.email() == null
					|| AgentAddress.tokenOf(person.email(), this.agentDomain).isEmpty())
			.toList();
	}

	private static ScheduleMeeting command(TenantId tenantId, User user, Actor actor, CalendarEvent event,
			List<Person> participants) {
		return new ScheduleMeeting(tenantId, actor, user.email(), event.title(), null, event.joinUrl(),
				event.startsAt(), event.endsAt(), event.organizer(), participants,
				new ExternalIds(event.uid(), null, event.occurrence()), event.sequence(), BookingChannel.INVITATION);
	}

	private void audit(@Nullable TenantId tenantId, String action, Map<String, String> details) {
		this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), Actor.integration("inbound-email"), action,
				"invitation", null, details));
	}

}
