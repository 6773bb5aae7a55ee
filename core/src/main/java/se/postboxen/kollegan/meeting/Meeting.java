package se.postboxen.kollegan.meeting;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A meeting the agent attends or analyses: the aggregate that guards its own lifecycle.
 * Status changes go through the intention-revealing methods ({@link #markInLobby()} …),
 * never a setter, so that an illegal transition cannot be written.
 */
public final class Meeting {

	public static final int MAX_TITLE_LENGTH = 200;

	public static final int MAX_JOIN_URL_LENGTH = 2048;

	public static final int MAX_PARTICIPANTS = 500;

	/** Longer than any real meeting; a longer one is a typo in a date. */
	public static final Duration MAX_DURATION = Duration.ofHours(24);

	private final MeetingId id;

	private final TenantId tenantId;

	private String title;

	private Platform platform;

	private URI joinUrl;

	private Instant startsAt;

	private Instant endsAt;

	private ZoneId timeZone;

	private @Nullable Person organizer;

	private List<Person> participants;

	private ExternalIds externalIds;

	/**
	 * The calendar's revision (iCal {@code SEQUENCE}) this meeting was last updated to.
	 */
	private int sequence;

	private final @Nullable EmailAddress scheduledBy;

	private MeetingStatus status;

	private final long version;

	private Meeting(MeetingId id, TenantId tenantId, String title, @Nullable Platform platform, URI joinUrl,
			Instant startsAt, Instant endsAt, ZoneId timeZone, @Nullable Person organizer, List<Person> participants,
			ExternalIds externalIds, int sequence, @Nullable EmailAddress scheduledBy, MeetingStatus status,
			long version) {
		this.id = Objects.requireNonNull(id, "id");
		this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
		this.title = Text.required(title, "title", MAX_TITLE_LENGTH);
		this.joinUrl = requireJoinUrl(joinUrl);
		this.platform = (platform != null) ? platform : Platform.fromJoinUrl(joinUrl);
		this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
		this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
		requireSpan(startsAt, endsAt);
		this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
		this.organizer = organizer;
		this.participants = requireParticipants(participants);
		this.externalIds = Objects.requireNonNull(externalIds, "externalIds");
		this.sequence = requireSequence(sequence);
		this.scheduledBy = scheduledBy;
		this.status = Objects.requireNonNull(status, "status");
		this.version = version;
	}

	private static void requireSpan(Instant startsAt, Instant endsAt) {
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("endsAt must be after startsAt");
		}
		if (Duration.between(startsAt, endsAt).compareTo(MAX_DURATION) > 0) {
			throw new IllegalArgumentException("a meeting may last at most " + MAX_DURATION.toHours() + " hours");
		}
	}

	private static List<Person> requireParticipants(List<Person> participants) {
		List<Person> distinct = distinct(participants);
		if (distinct.size() > MAX_PARTICIPANTS) {
			throw new IllegalArgumentException("a meeting may have at most " + MAX_PARTICIPANTS + " participants");
		}
		return distinct;
	}

	private static int requireSequence(int sequence) {
		if (sequence < 0) {
			throw new IllegalArgumentException("sequence must not be negative");
		}
		return sequence;
	}

	/**
	 * A newly scheduled meeting.
	 * @param platform the platform, or {@code null} to infer it from the join URL
	 * @param sequence the calendar's revision of the meeting (0 when not from a calendar)
	 * @param scheduledBy the user who asked for the agent, if a user did
	 */
	public static Meeting schedule(TenantId tenantId, String title, @Nullable Platform platform, URI joinUrl,
			ZonedDateTime startsAt, ZonedDateTime endsAt, @Nullable Person organizer, List<Person> participants,
			ExternalIds externalIds, int sequence, @Nullable EmailAddress scheduledBy) {
		return new Meeting(MeetingId.newId(), tenantId, title, platform, joinUrl, startsAt.toInstant(),
				endsAt.toInstant(), startsAt.getZone(), organizer, participants, externalIds, sequence, scheduledBy,
				MeetingStatus.SCHEDULED, 0);
	}

	/** Rebuilds a stored meeting; only storage adapters call this. */
	public static Meeting restore(MeetingId id, TenantId tenantId, String title, Platform platform, URI joinUrl,
			Instant startsAt, Instant endsAt, ZoneId timeZone, @Nullable Person organizer, List<Person> participants,
			ExternalIds externalIds, int sequence, @Nullable EmailAddress scheduledBy, MeetingStatus status,
			long version) {
		return new Meeting(id, tenantId, title, platform, joinUrl, startsAt, endsAt, timeZone, organizer, participants,
				externalIds, sequence, scheduledBy, status, version);
	}

	private static URI requireJoinUrl(URI joinUrl) {
		Objects.requireNonNull(joinUrl, "joinUrl");
		if (!"https".equals(joinUrl.getScheme() == null ? null : joinUrl.getScheme().toLowerCase(Locale.ROOT))) {
			throw new IllegalArgumentException("joinUrl must be an https URL");
		}
		if (joinUrl.getHost() == null || joinUrl.getHost().isBlank()) {
			throw new IllegalArgumentException("joinUrl must name a host");
		}
		if (joinUrl.getUserInfo() != null) {
			throw new IllegalArgumentException("joinUrl must not carry credentials");
		}
		if (joinUrl.toString().length() > MAX_JOIN_URL_LENGTH) {
			throw new IllegalArgumentException("joinUrl must be at most " + MAX_JOIN_URL_LENGTH + " characters");
		}
		return joinUrl;
	}

	private static List<Person> distinct(List<Person> people) {
		List<Person> result = new ArrayList<>();
		for (Person person : people) {
			if (result.stream().noneMatch(person::isSamePersonAs)) {
				result.add(person);
			}
		}
		return List.copyOf(result);
	}

	/**
	 * Whether a person with no tenant-wide role may see this meeting: they organise it,
	 * take part in it, or asked for the agent.
	 */
	public boolean concerns(EmailAddress email) {
		return email.equals(this.scheduledBy) || (this.organizer != null && email.equals(this.organizer.email()))
				|| this.participants.stream().anyMatch(person -> email.equals(person.email()));
	}

	/**
	 * The calendar moved or changed the meeting before the agent set out: new time, link,
	 * title or people, at a newer revision. Identity (id, tenant, external ids of the
	 * series) stays.
	 * @return whether anything changed
	 * @throws IllegalMeetingTransitionException when the agent is already on its way or
	 * the meeting is over
	 */
	public boolean reschedule(String title, @Nullable Platform platform, URI joinUrl, ZonedDateTime startsAt,
			ZonedDateTime endsAt, @Nullable Person organizer, List<Person> participants,
			@Nullable String platformMeetingId, int sequence) {
		if (this.status != MeetingStatus.SCHEDULED) {
			throw new IllegalMeetingTransitionException(this.status, MeetingStatus.SCHEDULED);
		}
		String newTitle = Text.required(title, "title", MAX_TITLE_LENGTH);
		URI newJoinUrl = requireJoinUrl(joinUrl);
		requireSpan(startsAt.toInstant(), endsAt.toInstant());
		List<Person> newParticipants = requireParticipants(participants);
		Platform newPlatform = (platform != null) ? platform : Platform.fromJoinUrl(newJoinUrl);
		ExternalIds newIds = new ExternalIds(this.externalIds.icalUid(),
				(platformMeetingId != null) ? platformMeetingId : this.externalIds.platformMeetingId(),
				this.externalIds.occurrence());
		boolean changed = !newTitle.equals(this.title) || !newJoinUrl.equals(this.joinUrl)
				|| !startsAt.toInstant().equals(this.startsAt) || !endsAt.toInstant().equals(this.endsAt)
				|| !Objects.equals(organizer, this.organizer) || !newParticipants.equals(this.participants)
				|| newPlatform != this.platform || !newIds.equals(this.externalIds);
		this.title = newTitle;
		this.platform = newPlatform;
		this.joinUrl = newJoinUrl;
		this.startsAt = startsAt.toInstant();
		this.endsAt = endsAt.toInstant();
		this.timeZone = startsAt.getZone();
		this.organizer = organizer;
		this.participants = newParticipants;
		this.externalIds = newIds;
		this.sequence = Math.max(this.sequence, requireSequence(sequence));
		return changed;
	}

	/** Whether a calendar revision is older than the one this meeting already has. */
	public boolean isNewerThan(int calendarSequence) {
		return this.sequence > calendarSequence;
	}

	/** The meeting behind the join link, however the link was written. */
	public String joinUrlKey() {
		return JoinUrls.key(this.joinUrl);
	}

	public void markJoining() {
		moveTo(MeetingStatus.JOINING);
	}

	public void markInLobby() {
		moveTo(MeetingStatus.IN_LOBBY);
	}

	public void markActive() {
		moveTo(MeetingStatus.ACTIVE);
	}

	public void startPostProcessing() {
		moveTo(MeetingStatus.POST_PROCESSING);
	}

	public void markDone() {
		moveTo(MeetingStatus.DONE);
	}

	public void markFailed() {
		moveTo(MeetingStatus.FAILED);
	}

	/** The agent could not attend; the recap will come from the platform's transcript. */
	public void degradeToPostMeetingAnalysis() {
		moveTo(MeetingStatus.DEGRADED);
	}

	public void cancel() {
		moveTo(MeetingStatus.CANCELLED);
	}

	private void moveTo(MeetingStatus target) {
		if (!this.status.canMoveTo(target)) {
			throw new IllegalMeetingTransitionException(this.status, target);
		}
		this.status = target;
	}

	public MeetingId id() {
		return this.id;
	}

	public TenantId tenantId() {
		return this.tenantId;
	}

	public String title() {
		return this.title;
	}

	public Platform platform() {
		return this.platform;
	}

	public URI joinUrl() {
		return this.joinUrl;
	}

	public Instant startsAt() {
		return this.startsAt;
	}

	public Instant endsAt() {
		return this.endsAt;
	}

	public ZoneId timeZone() {
		return this.timeZone;
	}

	public @Nullable Person organizer() {
		return this.organizer;
	}

	public List<Person> participants() {
		return this.participants;
	}

	public ExternalIds externalIds() {
		return this.externalIds;
	}

	public int sequence() {
		return this.sequence;
	}

	public @Nullable EmailAddress scheduledBy() {
		return this.scheduledBy;
	}

	public MeetingStatus status() {
		return this.status;
	}

	/** Optimistic-locking version kept by storage; 0 for a meeting never stored. */
	public long version() {
		return this.version;
	}

	@Override
	public String toString() {
		// No title or people: meeting titles can be confidential and toString ends up in
		// logs.
		return "Meeting[" + this.id + ", " + this.status + "]";
	}

}
