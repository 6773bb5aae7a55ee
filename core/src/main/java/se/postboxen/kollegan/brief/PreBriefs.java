package se.postboxen.kollegan.brief;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.stakeholder.StakeholderProfiles;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use case: the brief before a meeting, for its organiser (else whoever booked Kollegan):
 * who is coming and what their profiles hold, the earlier meetings of the same series or
 * with the same people with their decisions and open actions, and regwatch items when
 * that module is there. Stored with the meeting, then mailed.
 * <p>
 * The brief is written for its reader: earlier meetings and profile facts come only from
 * meetings that concern the reader, as the dashboard would show them to that person.
 * Without a reader (no organiser or booker address) nobody is mailed and the brief is for
 * those who see all meetings.
 */
public final class PreBriefs {

	private final Meetings meetings;

	private final EarlierMeetings earlierMeetings;

	private final Decisions decisions;

	private final ActionItems actions;

	private final StakeholderProfiles profiles;

	private final Consent consent;

	private final Briefs briefs;

	private final BriefMail mail;

	private final @Nullable RegwatchHighlights regwatch;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	private final URI dashboard;

	private final int earlierLimit;

	/**
	 * @param regwatch the regwatch module's highlights, {@code null} while there is no
	 * such module
	 * @param dashboard the dashboard's address, for the link to the meeting's page
	 * @param earlierLimit how many earlier meetings the brief looks back on
	 */
	public PreBriefs(Meetings meetings, EarlierMeetings earlierMeetings, Decisions decisions, ActionItems actions,
			StakeholderProfiles profiles, Consent consent, Briefs briefs, BriefMail mail,
			@Nullable RegwatchHighlights regwatch, AuditLog auditLog, Transactions transactions, Clock clock,
			URI dashboard, int earlierLimit) {
		this.meetings = meetings;
		this.earlierMeetings = earlierMeetings;
		this.decisions = decisions;
		this.actions = actions;
		this.profiles = profiles;
		this.consent = consent;
		this.briefs = briefs;
		this.mail = mail;
		this.regwatch = regwatch;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
		this.dashboard = dashboard;
		this.earlierLimit = earlierLimit;
	}

	/**
	 * The pre-brief job: prepares and sends the brief queued for a meeting starting at
	 * {@code startsAt}. Nothing is done for a meeting that is gone, cancelled, already
	 * under way, or moved since (its new start has briefs of its own). The brief is
	 * stored under the job's key, so a retry after a failed mail replaces it rather than
	 * adding a second.
	 */
	public JobOutcome prepare(TenantId tenantId, MeetingId meetingId, Instant startsAt, JobKey key) {
		Instant now = this.clock.instant();
		Optional<Meeting> found = this.meetings.findById(tenantId, meetingId);
		if (found.isEmpty() || found.get().status() != MeetingStatus.SCHEDULED
				|| !found.get().startsAt().equals(startsAt) || !startsAt.isAfter(now)) {
			return JobOutcome.done();
		}
		Meeting meeting = found.get();
		Person reader = reader(meeting);
		EmailAddress concerning = (reader != null) ? reader.email() : null;
		List<Person> expected = this.consent.notDeclined(meeting);
		String content = BriefWriter.pre(meeting, attendees(expected, meeting, concerning),
				earlier(expected, meeting, concerning),
				(this.regwatch != null) ? this.regwatch.relevantTo(meeting) : null, link(meeting));
		Brief brief = new Brief(new BriefId(UUID.nameUUIDFromBytes(("brief:" + key).getBytes(StandardCharsets.UTF_8))),
				tenantId, meetingId, BriefKind.PRE, "sv", content, now);
		this.transactions.inTransaction(() -> {
			this.briefs.save(brief);
			this.auditLog.record(AuditEvent.of(tenantId, now, Actor.system("briefs"), "meeting.pre-brief", "meeting",
					meetingId.toString(), Map.of("mailed", Boolean.toString(reader != null))));
			return null;
		});
		if (reader != null) {
			this.mail.send(new BriefLetter(tenantId, reader.email(), reader.name(), BriefKind.PRE, meeting.title(),
					meeting.startsAt().atZone(meeting.timeZone()), content, link(meeting)));
		}
		return JobOutcome.done();
	}

	/**
	 * Whom a meeting's pre-briefs are for: the organiser, else the person who booked
	 * Kollegan; only someone with an address can be mailed. Who else may read them:
	 * {@link #mayRead}.
	 */
	public static @Nullable Person reader(Meeting meeting) {
		if (meeting.organizer() != null && meeting.organizer().email() != null) {
			return meeting.organizer();
		}
		return (meeting.scheduledBy() != null) ? new Person(null, meeting.scheduledBy()) : null;
	}

	/**
	 * Whether someone may read a meeting's pre-briefs: the person they are for (see
	 * {@link #reader}) and those who see all of the tenant's meetings, nobody else, since
	 * a pre-brief draws on its reader's other meetings. The API and the dashboard both
	 * ask this.
	 * @param who the address of the one asking, when they have one
	 * @param seesAllMeetings whether they see all of the tenant's meetings
	 */
	public static boolean mayRead(Meeting meeting, @Nullable EmailAddress who, boolean seesAllMeetings) {
		if (seesAllMeetings) {
			return true;
		}
		Person reader = reader(meeting);
		return who != null && reader != null && who.equals(reader.email());
	}

	/**
	 * Everyone expected but the reader, each with what their profile shows the reader
	 * (nothing while the tenant has stakeholder insights off).
	 */
	private List<BriefWriter.Attendee> attendees(List<Person> expected, Meeting meeting,
			@Nullable EmailAddress concerning) {
		return expected.stream()
			.filter(person -> concerning == null || !concerning.equals(person.email()))
			.map(person -> new BriefWriter.Attendee(person, (person.email() != null)
					? this.profiles.forBrief(meeting.tenantId(), person.email(), concerning).orElse(null) : null))
			.toList();
	}

	private List<BriefWriter.Earlier> earlier(List<Person> expected, Meeting meeting,
			@Nullable EmailAddress concerning) {
		Set<EmailAddress> people = new LinkedHashSet<>();
		expected.forEach(person -> {
			if (person.email() != null && !person.email().equals(concerning)) {
				people.add(person.email());
			}
		});
		return this.earlierMeetings
			.find(meeting.tenantId(), meeting.startsAt(), meeting.externalIds().icalUid(), people, concerning,
					this.earlierLimit)
			.stream()
			.flatMap(id -> this.meetings.findById(meeting.tenantId(), id).stream())
			.map(before -> new BriefWriter.Earlier(before, this.decisions.findByMeeting(before.tenantId(), before.id()),
					this.actions.findByMeeting(before.tenantId(), before.id())
						.stream()
						.filter(action -> action.status() == ActionStatus.OPEN)
						.toList()))
			.toList();
	}

	private URI link(Meeting meeting) {
		return ActionFollowUps.meetingPage(this.dashboard, meeting.id());
	}

}
