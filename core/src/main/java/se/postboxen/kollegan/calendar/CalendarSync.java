package se.postboxen.kollegan.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.UserId;
import se.postboxen.kollegan.tenant.Users;

/**
 * Use cases: a user's calendar settings, the tenant's label policy, and syncing a
 * calendar — every event the {@link AutoJoinRule} says yes to is booked through
 * {@link MeetingScheduling} (so an event that also arrived as an invitation stays one
 * meeting), and a booked event that now carries the never label is cancelled.
 */
public final class CalendarSync {

	public static final int MAX_LABELS = 20;

	public static final int MAX_LABEL_LENGTH = 50;

	/** How far ahead a calendar is synced (and series materialised). */
	public static final Duration AHEAD = Duration.ofDays(90);

	private final CalendarConnections connections;

	private final CalendarPolicies policies;

	private final CalendarFeeds feeds;

	private final Users users;

	private final MeetingScheduling scheduling;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	public CalendarSync(CalendarConnections connections, CalendarPolicies policies, CalendarFeeds feeds, Users users,
			MeetingScheduling scheduling, AuditLog auditLog, Transactions transactions, Clock clock) {
		this.connections = connections;
		this.policies = policies;
		this.feeds = feeds;
		this.users = users;
		this.scheduling = scheduling;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	public CalendarConnection connection(TenantId tenantId, UserId userId) {
		return this.connections.find(tenantId, userId).orElseGet(() -> CalendarConnection.none(tenantId, userId));
	}

	/**
	 * @param feedUrl the ICS feed to poll; {@code null} keeps the one set before,
	 * {@code Optional.empty()} removes it
	 * @param alwaysOnFeedUrl the ICS feed of a calendar marked always-on, likewise
	 * @throws IllegalArgumentException naming what is wrong with the labels or a feed
	 */
	public CalendarConnection change(TenantId tenantId, UserId userId, boolean autoJoin, List<String> labels,
			@Nullable Optional<URI> feedUrl, @Nullable Optional<URI> alwaysOnFeedUrl, Actor actor) {
		List<String> cleanLabels = labels(labels);
		CalendarConnection stored = connection(tenantId, userId);
		URI feed = (feedUrl == null) ? stored.feedUrl() : feedUrl.map(CalendarSync::feed).orElse(null);
		URI alwaysOn = (alwaysOnFeedUrl == null) ? stored.alwaysOnFeedUrl()
				: alwaysOnFeedUrl.map(CalendarSync::feed).orElse(null);
		return this.transactions.inTransaction(() -> {
			CalendarConnection before = connection(tenantId, userId);
			CalendarConnection after = new CalendarConnection(tenantId, userId, autoJoin, cleanLabels, feed, alwaysOn,
					before.lastSync());
			this.connections.save(after);
			this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), actor, "calendar.settings-changed",
					"user", userId.value().toString(),
					Map.of("autoJoin", Boolean.toString(autoJoin), "labels", String.join(",", cleanLabels), "feed",
							(feed != null) ? "set" : "none", "alwaysOnFeed", (alwaysOn != null) ? "set" : "none")));
			return after;
		});
	}

	public CalendarPolicy policy(TenantId tenantId) {
		return this.policies.get(tenantId);
	}

	/**
	 * @throws IllegalArgumentException naming what is wrong with a label
	 */
	public CalendarPolicy changePolicy(TenantId tenantId, List<String> alwaysOnLabels, String neverLabel, Actor actor) {
		CalendarPolicy policy = new CalendarPolicy(tenantId, labels(alwaysOnLabels), label(neverLabel));
		return this.transactions.inTransaction(() -> {
			this.policies.save(policy);
			this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), actor, "calendar.policy-changed",
					"tenant", tenantId.value().toString(),
					Map.of("alwaysOn", String.join(",", policy.alwaysOnLabels()), "never", policy.neverLabel())));
			return policy;
		});
	}

	/**
	 * Polls the user's ICS feeds (the calendar, and a calendar marked always-on), books
	 * what the rule says yes to, and records how it went. One feed failing does not stop
	 * the other.
	 * @return the report, also when a feed failed (its error says why)
	 */
	public SyncReport syncFeed(TenantId tenantId, UserId userId) {
		CalendarConnection connection = connection(tenantId, userId);
		Instant now = this.clock.instant();
		if (!connection.hasFeeds()) {
			return new SyncReport(now, 0, 0, null);
		}
		SyncReport report = new SyncReport(now, 0, 0, null);
		if (connection.feedUrl() != null) {
			report = combine(report, pollFeed(tenantId, userId, connection.feedUrl(), false, now));
		}
		if (connection.alwaysOnFeedUrl() != null) {
			report = combine(report, pollFeed(tenantId, userId, connection.alwaysOnFeedUrl(), true, now));
		}
		this.connections.recordSync(tenantId, userId, report);
		return report;
	}

	private SyncReport pollFeed(TenantId tenantId, UserId userId, URI feed, boolean alwaysOn, Instant now) {
		try {
			return apply(tenantId, userId, this.feeds.read(feed, now.minus(Duration.ofDays(1)), AHEAD), alwaysOn);
		}
		catch (CalendarFeedException ex) {
			return new SyncReport(now, 0, 0, ex.getMessage());
		}
	}

	private static SyncReport combine(SyncReport a, SyncReport b) {
		String error = (a.error() == null) ? b.error()
				: (b.error() == null) ? a.error() : a.error() + " · " + b.error();
		return new SyncReport(a.at(), a.eventsSeen() + b.eventsSeen(), a.meetingsFound() + b.meetingsFound(), error);
	}

	/** A sync that could not run, shown to the user. */
	public void recordFailure(TenantId tenantId, UserId userId, @Nullable String error) {
		this.connections.recordSync(tenantId, userId, new SyncReport(this.clock.instant(), 0, 0, error));
	}

	/**
	 * The calendar's events as one user sees them (a feed, or what changed in Microsoft
	 * 365): those the rule says yes to are booked one by one; one the user organises and
	 * has labelled never is cancelled. One user's view says nothing about occurrences it
	 * does not show, so nothing is cancelled for being absent. An event Kollegan cannot
	 * hold (too long, too many people) is skipped and counted, not allowed to stop the
	 * rest.
	 */
	public SyncReport apply(TenantId tenantId, UserId userId, List<CalendarEvent> events) {
		return apply(tenantId, userId, events, false);
	}

	/**
	 * @param alwaysOnCalendar the events come from a calendar marked always-on
	 */
	public SyncReport apply(TenantId tenantId, UserId userId, List<CalendarEvent> events, boolean alwaysOnCalendar) {
		Instant now = this.clock.instant();
		Optional<User> user = this.users.findById(tenantId, userId);
		if (user.isEmpty()) {
			return new SyncReport(now, events.size(), 0, "Användaren finns inte längre / The user no longer exists");
		}
		CalendarConnection connection = connection(tenantId, userId);
		CalendarPolicy policy = this.policies.get(tenantId);
		Actor actor = Actor.integration("calendar");
		Person self = new Person(user.get().displayName(), user.get().email());
		int found = 0;
		int skipped = 0;
		for (CalendarEvent event : events) {
			AutoJoinRule.Decision decision = AutoJoinRule.decide(event, connection, policy, alwaysOnCalendar);
			try {
				if (event.cancelled()) {
					// Cancelled by its organiser (checked against the stored meeting's).
					this.scheduling.cancelByCalendar(tenantId, event.uid(), event.occurrence(), event.sequence(),
							event.organizer(), actor);
				}
				else if (decision == AutoJoinRule.Decision.JOIN) {
					this.scheduling.schedule(command(tenantId, user.get(), actor, event));
					found++;
				}
				else if (decision == AutoJoinRule.Decision.NEVER_LABEL) {
					this.scheduling.cancelByCalendar(tenantId, event.uid(), event.occurrence(), event.sequence(), self,
							actor);
				}
			}
			catch (IllegalArgumentException ex) {
				skipped++;
			}
		}
		String error = (skipped == 0) ? null
				: skipped + " möten kunde inte bokas (för långa eller för många deltagare) / " + skipped
						+ " meetings could not be booked (too long or too many people)";
		return new SyncReport(now, events.size(), found, error);
	}

	private static ScheduleMeeting command(TenantId tenantId, User user, Actor actor, CalendarEvent event) {
		return new ScheduleMeeting(tenantId, actor, user.email(), event.title(), null, event.joinUrl(),
				event.startsAt(), event.endsAt(), event.organizer(), event.participants(),
				new ExternalIds(event.uid(), null, event.occurrence()), event.sequence(), BookingChannel.CALENDAR);
	}

	private static List<String> labels(List<String> labels) {
		if (labels.size() > MAX_LABELS) {
			throw new IllegalArgumentException("at most " + MAX_LABELS + " labels");
		}
		List<String> clean = new ArrayList<>();
		for (String label : labels) {
			String value = label(label);
			if (clean.stream().noneMatch(existing -> CalendarPolicy.sameLabel(existing, value))) {
				clean.add(value);
			}
		}
		return clean;
	}

	private static String label(String label) {
		String value = Text.required(label, "label", MAX_LABEL_LENGTH);
		if (value.contains(",") || value.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("a label is one line without commas");
		}
		return value;
	}

	/** A feed address: https, a host, no credentials in it. */
	private static URI feed(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("webcal")) {
			throw new IllegalArgumentException("the feed must be an https address");
		}
		if (url.getHost() == null || url.getUserInfo() != null || url.toString().length() > 2048) {
			throw new IllegalArgumentException("the feed must be an https address with a host and no password");
		}
		// webcal:// is how calendars advertise a feed; it is fetched over https.
		return scheme.equals("webcal") ? URI.create("https" + url.toString().substring("webcal".length())) : url;
	}

}
