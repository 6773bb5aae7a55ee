package se.postboxen.kollegan.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.UserId;
import se.postboxen.kollegan.tenant.Users;

/**
 * Use cases: following a user's Microsoft 365 calendar — subscribe to its changes, sync
 * by delta when Microsoft notifies (or at the periodic safety sync), renew subscriptions
 * before they lapse, and react to Microsoft's lifecycle notifications.
 */
public final class MicrosoftCalendarSync {

	/**
	 * How long a subscription is asked for; Outlook event subscriptions last at most
	 * about three days before they must be renewed.
	 */
	public static final Duration SUBSCRIPTION_LIFETIME = Duration.ofHours(70);

	/** Renewed when it has less than this left. */
	public static final Duration RENEW_BEFORE = Duration.ofHours(24);

	/** How long one delta round (with its fixed window) is continued. */
	public static final Duration DELTA_ROUND = Duration.ofDays(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MicrosoftCalendars microsoft;

	private final MicrosoftConnections connections;

	private final CalendarSync calendars;

	private final CalendarConnections settings;

	private final MeetingScheduling scheduling;

	private final Tenants tenants;

	private final Users users;

	private final Clock clock;

	public MicrosoftCalendarSync(MicrosoftCalendars microsoft, MicrosoftConnections connections, CalendarSync calendars,
			CalendarConnections settings, MeetingScheduling scheduling, Tenants tenants, Users users, Clock clock) {
		this.microsoft = microsoft;
		this.connections = connections;
		this.calendars = calendars;
		this.settings = settings;
		this.scheduling = scheduling;
		this.tenants = tenants;
		this.users = users;
		this.clock = clock;
	}

	/** Whether this user's calendar can be followed through Microsoft 365. */
	public boolean available(TenantId tenantId) {
		return this.microsoft.configured() && this.tenants.findById(tenantId).map(Tenant::directoryId).isPresent();
	}

	public Optional<MicrosoftConnection> connection(TenantId tenantId, UserId userId) {
		return this.connections.find(tenantId, userId);
	}

	/**
	 * Subscribes to the user's calendar (once; a second call keeps the subscription) and
	 * syncs it.
	 * @throws CalendarFeedException when Microsoft refuses
	 */
	public SyncReport connect(TenantId tenantId, UserId userId) {
		if (this.connections.find(tenantId, userId).isEmpty()) {
			Target target = target(tenantId, userId);
			String clientState = secret();
			MicrosoftCalendars.Subscription subscription = this.microsoft.subscribe(target.directoryId(),
					target.user().email(), clientState, this.clock.instant().plus(SUBSCRIPTION_LIFETIME));
			this.connections.save(new MicrosoftConnection(tenantId, userId, subscription.id(), clientState,
					subscription.expiresAt(), null, null));
		}
		return sync(tenantId, userId);
	}

	/**
	 * Applies what changed in the calendar since the last sync and records how it went.
	 */
	public SyncReport sync(TenantId tenantId, UserId userId) {
		Optional<MicrosoftConnection> connection = this.connections.find(tenantId, userId);
		Instant now = this.clock.instant();
		if (connection.isEmpty()) {
			return new SyncReport(now, 0, 0, null);
		}
		SyncReport report;
		try {
			Target target = target(tenantId, userId);
			// A delta round keeps the window it started with; a new round every day moves
			// the window on, so meetings further ahead come into view.
			boolean freshRound = connection.get().deltaLink() == null || connection.get().deltaStartedAt() == null
					|| connection.get().deltaStartedAt().isBefore(now.minus(DELTA_ROUND));
			MicrosoftCalendars.Changes changes = this.microsoft.changes(target.directoryId(), target.user().email(),
					freshRound ? null : connection.get().deltaLink(), now.minus(Duration.ofDays(1)),
					now.plus(CalendarSync.AHEAD));
			report = apply(tenantId, target.user(), changes);
			this.connections.deltaLink(tenantId, userId, changes.deltaLink(),
					freshRound ? now : connection.get().deltaStartedAt());
		}
		catch (CalendarFeedException ex) {
			report = new SyncReport(now, 0, 0, ex.getMessage());
		}
		this.settings.recordSync(tenantId, userId, report);
		return report;
	}

	private SyncReport apply(TenantId tenantId, User user, MicrosoftCalendars.Changes changes) {
		Actor actor = Actor.integration("microsoft-365");
		for (CalendarEvent event : changes.events()) {
			if (event.sourceId() != null) {
				this.connections.link(tenantId, user.id(), event.sourceId(), event.uid(), event.occurrence());
			}
		}
		SyncReport report = this.calendars.apply(tenantId, user.id(), changes.events());
		for (CalendarEvent cancelled : changes.cancelled()) {
			// Only the organiser's cancellation counts (checked against the stored
			// meeting).
			this.scheduling.cancelByCalendar(tenantId, cancelled.uid(), cancelled.occurrence(), cancelled.sequence(),
					cancelled.organizer(), actor);
		}
		Person self = new Person(user.displayName(), user.email());
		for (String removed : changes.removedIds()) {
			// Deleted from this user's calendar: that cancels the meeting only when the
			// user
			// organises it; an attendee tidying their calendar does not.
			this.connections.linked(tenantId, user.id(), removed)
				.ifPresent(event -> this.scheduling.cancelByCalendar(tenantId, event.icalUid(), event.occurrence(),
						ScheduleMeeting.CURRENT, self, actor));
		}
		return new SyncReport(report.at(),
				changes.events().size() + changes.cancelled().size() + changes.removedIds().size(),
				report.meetingsFound(), report.error());
	}

	/**
	 * A change notification: the user it concerns, if its secret matches the
	 * subscription's (anything else is forged and ignored).
	 */
	public Optional<MicrosoftConnection> notified(String subscriptionId, String clientState) {
		return this.connections.findBySubscription(subscriptionId)
			.filter(connection -> java.security.MessageDigest.isEqual(connection.clientState().getBytes(),
					clientState.getBytes()));
	}

	/**
	 * A lifecycle notification (its secret checked by {@link #notified}): renew on
	 * {@code reauthorizationRequired}, subscribe anew on {@code subscriptionRemoved}, and
	 * sync from scratch on {@code missed}.
	 */
	public void lifecycle(String subscriptionId, String event) {
		Optional<MicrosoftConnection> found = this.connections.findBySubscription(subscriptionId);
		if (found.isEmpty()) {
			// Replaced or removed since Microsoft sent it: nothing to act on.
			return;
		}
		MicrosoftConnection connection = found.get();
		switch (event) {
			case "reauthorizationRequired" -> renew(connection);
			case "subscriptionRemoved" -> {
				this.connections.remove(connection.tenantId(), connection.userId());
				connect(connection.tenantId(), connection.userId());
			}
			case "missed" -> {
				this.connections.deltaLink(connection.tenantId(), connection.userId(), null, null);
				sync(connection.tenantId(), connection.userId());
			}
			default -> {
				// Lifecycle events Microsoft may add later need nothing from us today.
			}
		}
	}

	/**
	 * Renews every subscription that would lapse within a day. One that Microsoft no
	 * longer knows (or that fails) is replaced by a new subscription; one failure does
	 * not stop the others.
	 * @return the subscriptions renewed or replaced
	 */
	public int renewExpiring() {
		int done = 0;
		for (MicrosoftConnection connection : this.connections
			.expiringBefore(this.clock.instant().plus(RENEW_BEFORE))) {
			try {
				renew(connection);
				done++;
			}
			catch (RuntimeException renewFailed) {
				try {
					this.connections.remove(connection.tenantId(), connection.userId());
					connect(connection.tenantId(), connection.userId());
					done++;
				}
				catch (RuntimeException connectFailed) {
					this.calendars.recordFailure(connection.tenantId(), connection.userId(),
							(connectFailed instanceof CalendarFeedException) ? connectFailed.getMessage()
									: "Microsoft 365-prenumerationen kunde inte förnyas / The Microsoft 365 subscription could not be renewed");
				}
			}
		}
		return done;
	}

	private void renew(MicrosoftConnection connection) {
		Target target = target(connection.tenantId(), connection.userId());
		Instant expiresAt = this.microsoft.renew(target.directoryId(), connection.subscriptionId(),
				this.clock.instant().plus(SUBSCRIPTION_LIFETIME));
		this.connections.renewed(connection.subscriptionId(), expiresAt);
	}

	private Target target(TenantId tenantId, UserId userId) {
		String directoryId = this.tenants.findById(tenantId)
			.map(Tenant::directoryId)
			.orElseThrow(() -> new CalendarFeedException(
					"Organisationen är inte kopplad till Microsoft 365 / The organisation is not connected to Microsoft 365"));
		User user = this.users.findById(tenantId, userId)
			.orElseThrow(() -> new CalendarFeedException("Användaren finns inte längre / The user no longer exists"));
		return new Target(directoryId, user);
	}

	private static String secret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private record Target(String directoryId, User user) {

	}

}
