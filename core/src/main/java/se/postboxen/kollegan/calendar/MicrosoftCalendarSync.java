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
					subscription.expiresAt(), null));
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
			MicrosoftCalendars.Changes changes = this.microsoft.changes(target.directoryId(), target.user().email(),
					connection.get().deltaLink(), now.minus(Duration.ofDays(1)), now.plus(CalendarSync.AHEAD));
			report = apply(tenantId, userId, changes);
			this.connections.deltaLink(tenantId, userId, changes.deltaLink());
		}
		catch (CalendarFeedException ex) {
			report = new SyncReport(now, 0, 0, ex.getMessage());
		}
		this.settings.recordSync(tenantId, userId, report);
		return report;
	}

	private SyncReport apply(TenantId tenantId, UserId userId, MicrosoftCalendars.Changes changes) {
		Actor actor = Actor.integration("microsoft-365");
		for (CalendarEvent event : changes.events()) {
			if (event.sourceId() != null) {
				this.connections.link(tenantId, userId, event.sourceId(), event.uid(), event.occurrence());
			}
		}
		SyncReport report = this.calendars.applyChanges(tenantId, userId, changes.events());
		for (CalendarEvent cancelled : changes.cancelled()) {
			this.scheduling.cancelByCalendar(tenantId, cancelled.uid(), cancelled.occurrence(), cancelled.sequence(),
					actor);
		}
		for (String removed : changes.removedIds()) {
			this.connections.linked(tenantId, userId, removed)
				.ifPresent(event -> this.scheduling.cancelByCalendar(tenantId, event.icalUid(), event.occurrence(),
						Integer.MAX_VALUE, actor));
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
				this.connections.deltaLink(connection.tenantId(), connection.userId(), null);
				sync(connection.tenantId(), connection.userId());
			}
			default -> {
				// Lifecycle events Microsoft may add later need nothing from us today.
			}
		}
	}

	/** Renews every subscription that would lapse within a day. */
	public int renewExpiring() {
		List<MicrosoftConnection> expiring = this.connections.expiringBefore(this.clock.instant().plus(RENEW_BEFORE));
		expiring.forEach(this::renew);
		return expiring.size();
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
