package se.postboxen.kollegan.brief;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.RecapFollowUp;
import se.postboxen.kollegan.recap.RecapStatus;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use case: the brief after a meeting — its recap, its consent answers, its actions with
 * their tasks — stored with the meeting when the recap is published and mailed to each
 * participant, written by the meeting's consent level (see {@link BriefWriter#post}).
 * <p>
 * Who gets it: the organiser and every participant with an address, except anyone whose
 * last consent answer was no. A meeting whose organiser declined has no recap and so no
 * post-brief.
 * <p>
 * One post-brief per meeting, one mail per participant: a recap published again updates
 * the stored brief, and the mails are keyed by meeting and recipient so nobody gets it
 * twice. The mail waits a little after the recap so that the actions' task-board pushes
 * (queued with the recap) have landed and their links are in it; it is written from the
 * meeting as it is when it goes.
 */
public final class PostBriefs implements RecapFollowUp {

	private final Meetings meetings;

	private final Recaps recaps;

	private final Decisions decisions;

	private final ActionItems actions;

	private final Consent consent;

	private final Briefs briefs;

	private final BriefMail mail;

	private final JobQueue jobs;

	private final Clock clock;

	private final URI dashboard;

	private final Duration delay;

	/**
	 * @param dashboard the dashboard's address, for the link to the meeting's page
	 * @param delay how long after the recap the mails go
	 */
	public PostBriefs(Meetings meetings, Recaps recaps, Decisions decisions, ActionItems actions, Consent consent,
			Briefs briefs, BriefMail mail, JobQueue jobs, Clock clock, URI dashboard, Duration delay) {
		this.meetings = meetings;
		this.recaps = recaps;
		this.decisions = decisions;
		this.actions = actions;
		this.consent = consent;
		this.briefs = briefs;
		this.mail = mail;
		this.jobs = jobs;
		this.clock = clock;
		this.dashboard = dashboard;
		this.delay = delay;
	}

	/**
	 * Called in the transaction that publishes the recap: the post-brief is stored (or
	 * brought up to date) and a mail queued for each participant not queued before.
	 */
	@Override
	public void published(Meeting meeting, Instant at) {
		if (write(meeting, at).isEmpty()) {
			return;
		}
		for (Person person : this.consent.notDeclined(meeting)) {
			if (person.email() != null) {
				this.jobs.enqueue(new JobRequest(mailKey(meeting.id(), person.email()),
						new JobPayload.PostBrief(meeting.id(), person.email()), meeting.tenantId(),
						JobOwner.meeting(meeting.id()), at.plus(this.delay)));
			}
		}
	}

	/**
	 * The mail job: writes the brief again from the meeting as it now is and sends it,
	 * unless the recipient has said no since, or is no longer part of the meeting, or the
	 * recap is gone (the meeting's content was erased).
	 */
	public JobOutcome send(TenantId tenantId, MeetingId meetingId, EmailAddress recipient) {
		Optional<Meeting> found = this.meetings.findById(tenantId, meetingId);
		if (found.isEmpty()) {
			return JobOutcome.done();
		}
		Meeting meeting = found.get();
		Optional<Person> person = this.consent.notDeclined(meeting)
			.stream()
			.filter(someone -> recipient.equals(someone.email()))
			.findFirst();
		if (person.isEmpty()) {
			return JobOutcome.done();
		}
		Optional<Brief> brief = write(meeting, this.clock.instant());
		if (brief.isEmpty()) {
			return JobOutcome.done();
		}
		this.mail.send(new BriefLetter(tenantId, recipient, person.get().name(), BriefKind.POST, meeting.title(),
				meeting.startsAt().atZone(meeting.timeZone()), brief.get().content(), link(meeting)));
		return JobOutcome.done();
	}

	private Optional<Brief> write(Meeting meeting, Instant at) {
		Optional<Recap> recap = this.recaps.find(meeting.tenantId(), meeting.id())
			.filter(found -> found.status() == RecapStatus.READY);
		if (recap.isEmpty()) {
			return Optional.empty();
		}
		String content = BriefWriter.post(meeting, this.consent.levelFor(meeting), recap.get(),
				this.decisions.findByMeeting(meeting.tenantId(), meeting.id()),
				this.actions.findByMeeting(meeting.tenantId(), meeting.id()), this.consent.answers(meeting),
				link(meeting));
		return Optional.of(this.briefs.save(new Brief(postBriefId(meeting.id()), meeting.tenantId(), meeting.id(),
				BriefKind.POST, "sv", content, at)));
	}

	/** The one post-brief of a meeting. */
	static BriefId postBriefId(MeetingId meetingId) {
		return new BriefId(
				UUID.nameUUIDFromBytes(("brief:post:" + meetingId.value()).getBytes(StandardCharsets.UTF_8)));
	}

	/** Keyed by a digest of the address: job keys name no one. */
	static JobKey mailKey(MeetingId meetingId, EmailAddress recipient) {
		return new JobKey("postbrief:" + meetingId.value() + ":"
				+ UUID.nameUUIDFromBytes(recipient.value().getBytes(StandardCharsets.UTF_8)));
	}

	private URI link(Meeting meeting) {
		return ActionFollowUps.meetingPage(this.dashboard, meeting.id());
	}

}
