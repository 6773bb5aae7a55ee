package se.postboxen.kollegan.consent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import java.util.function.Predicate;

import se.postboxen.kollegan.attendance.Attendance;
import se.postboxen.kollegan.attendance.MeetingBot;
import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.meeting.ConcurrentMeetingUpdateException;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingConclusion;
import se.postboxen.kollegan.meeting.MeetingConclusions;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingOutcome;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.MeetingUpdates;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.offboarding.PersonalData;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.transcript.Utterance;

/**
 * Use cases: asking a meeting's participants for consent and acting on their answers. The
 * meeting runs at the tenant's default level unless the organiser chose a lower one. A
 * participant who declines is left out of everything kept or analysed; an organiser who
 * declines sends the agent away and the meeting's content is deleted.
 */
public final class Consent {

	/** Answers tried this often when the meeting changes under them. */
	private static final int MAX_TRIES = 3;

	private final Meetings meetings;

	private final ConsentRecords records;

	private final Tenants tenants;

	private final List<ChatPlatform> platforms;

	private final MeetingBots bots;

	private final List<PersonalData> personalData;

	private final MeetingConclusions conclusions;

	private final JobQueue jobs;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final MeetingUpdates updates;

	private final Clock clock;

	public Consent(Meetings meetings, ConsentRecords records, Tenants tenants, List<ChatPlatform> platforms,
			MeetingBots bots, List<PersonalData> personalData, MeetingConclusions conclusions, JobQueue jobs,
			AuditLog auditLog, Transactions transactions, MeetingUpdates updates, Clock clock) {
		this.meetings = meetings;
		this.records = records;
		this.tenants = tenants;
		this.platforms = List.copyOf(platforms);
		this.bots = bots;
		this.personalData = List.copyOf(personalData);
		this.conclusions = conclusions;
		this.jobs = jobs;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.updates = updates;
		this.clock = clock;
	}

	/**
	 * Posts the consent card into a meeting the agent is in, through the first chat
	 * platform that reaches it: to everyone, or to one participant who joined later.
	 */
	public JobOutcome ask(TenantId tenantId, MeetingId meetingId, @Nullable Person participant) {
		Optional<Meeting> found = this.meetings.findById(tenantId, meetingId);
		if (found.isEmpty() || found.get().status() != MeetingStatus.ACTIVE) {
			return JobOutcome.done();
		}
		Meeting meeting = found.get();
		Optional<ChatPlatform> platform = this.platforms.stream().filter(chat -> chat.reaches(meeting)).findFirst();
		if (platform.isEmpty()) {
			audit(meeting, Actor.system("consent"), "consent.no-channel", Map.of());
			return JobOutcome.done();
		}
		ConsentLevel level = levelFor(meeting);
		platform.get()
			.postConsentCard(new ConsentCard(tenantId, meetingId, meeting.title(), meeting.joinUrl(),
					meeting.organizer(), level, participant));
		audit(meeting, Actor.system("consent"), "consent.asked",
				Map.of("level", level.name(), "to", (participant == null) ? "everyone" : "late-joiner"));
		return JobOutcome.done();
	}

	/**
	 * Someone joined a meeting the agent is in: unless they have answered already, they
	 * get the card too. Reported by the gateway, keyed by its bot.
	 */
	public void joined(String botId, Person participant) {
		Optional<MeetingBot> bot = this.bots.findByBotId(botId);
		if (bot.isEmpty()) {
			return;
		}
		Optional<Meeting> found = this.meetings.findById(bot.get().tenantId(), bot.get().meetingId());
		if (found.isEmpty() || found.get().status() != MeetingStatus.ACTIVE) {
			// Before the agent is in, the card to everyone will reach them.
			return;
		}
		Meeting meeting = found.get();
		boolean answered = latestAnswers(meeting).values()
			.stream()
			.anyMatch(record -> record.participant().isSamePersonAs(participant));
		if (answered) {
			return;
		}
		String who = (participant.email() != null) ? participant.email().value()
				: Objects.requireNonNull(participant.name()).toLowerCase(Locale.ROOT);
		// Keyed by who joined, hashed: a person re-joining is asked once, and the key
		// names no one.
		this.jobs.enqueue(new JobRequest(
				new JobKey("consent:" + meeting.id().value() + ":late:"
						+ UUID.nameUUIDFromBytes(who.getBytes(StandardCharsets.UTF_8))),
				new JobPayload.ConsentRequest(meeting.id(), participant), meeting.tenantId(),
				JobOwner.meeting(meeting.id()), this.clock.instant()));
	}

	/**
	 * Records an answer. Answers to meetings that no longer exist are dropped; a later
	 * answer by the same person counts over an earlier one. Chat platforms reach it
	 * through {@link ConsentReplies}.
	 */
	public void replied(ConsentReply reply) {
		for (int attempt = 1;; attempt++) {
			try {
				this.transactions.inTransaction(() -> record(reply));
				return;
			}
			catch (ConcurrentMeetingUpdateException ex) {
				// The analysis or the bot changed the meeting at the same moment: read it
				// again and decide again, so that no answer is lost.
				if (attempt == MAX_TRIES) {
					throw ex;
				}
			}
		}
	}

	private @Nullable Void record(ConsentReply reply) {
		Optional<Meeting> found = this.meetings.findById(reply.tenantId(), reply.meetingId());
		if (found.isEmpty()) {
			return null;
		}
		Meeting meeting = found.get();
		this.records.save(new ConsentRecord(ConsentRecordId.newId(), reply.tenantId(), reply.meetingId(),
				reply.participant(), reply.level(), reply.answer(), reply.channel(), reply.at()));
		audit(meeting, Actor.integration(reply.channel().name().toLowerCase(Locale.ROOT)),
				(reply.answer() == ConsentAnswer.ACCEPTED) ? "consent.accepted" : "consent.declined",
				Map.of("level", reply.level().name(), "role",
						isOrganizer(meeting, reply.participant()) ? "organizer" : "participant"));
		if (reply.answer() == ConsentAnswer.DECLINED && isOrganizer(meeting, reply.participant())) {
			leaveAndErase(meeting);
		}
		return null;
	}

	/** The level the meeting runs at: the tenant's, or lower if the organiser chose. */
	public ConsentLevel levelFor(Meeting meeting) {
		return levelsFor(meeting.tenantId(), List.of(meeting)).get(meeting.id());
	}

	/**
	 * The level each of the tenant's meetings runs at, as {@link #levelFor} decides it,
	 * for a list that shows many: the tenant and all the meetings' answers are read once.
	 * @throws IllegalArgumentException when a meeting is another tenant's
	 */
	public Map<MeetingId, ConsentLevel> levelsFor(TenantId tenantId, List<Meeting> meetings) {
		if (meetings.isEmpty()) {
			return Map.of();
		}
		ConsentLevel tenantLevel = this.tenants.findById(tenantId)
			.map(Tenant::defaultConsentLevel)
			.orElse(ConsentLevel.BAS);
		Map<MeetingId, List<ConsentRecord>> answers = this.records
			.findByMeetings(tenantId, meetings.stream().map(Meeting::id).toList())
			.stream()
			.collect(Collectors.groupingBy(ConsentRecord::meetingId));
		Map<MeetingId, ConsentLevel> levels = new HashMap<>();
		for (Meeting meeting : meetings) {
			if (!meeting.tenantId().equals(tenantId)) {
				throw new IllegalArgumentException("meeting " + meeting.id() + " is not the tenant's");
			}
			ConsentLevel level = tenantLevel;
			for (ConsentRecord record : latest(answers.getOrDefault(meeting.id(), List.of())).values()) {
				if (record.answer() == ConsentAnswer.ACCEPTED && isOrganizer(meeting, record.participant())
						&& !record.level().includes(level)) {
					level = record.level();
				}
			}
			levels.put(meeting.id(), level);
		}
		return levels;
	}

	/**
	 * Matches the speech of everyone whose last answer was no: by e-mail when the
	 * transcript knows the speaker's address, by name otherwise.
	 */
	public Predicate<Utterance> declined(Meeting meeting) {
		List<Person> decliners = latestAnswers(meeting).values()
			.stream()
			.filter(record -> record.answer() == ConsentAnswer.DECLINED)
			.map(record -> withName(meeting, record.participant()))
			.toList();
		return utterance -> decliners.stream().anyMatch(person -> spokeIt(person, utterance));
	}

	/**
	 * A decliner known by address only gets the name the meeting knows them by:
	 * transcripts name speakers, they rarely carry addresses.
	 */
	private static Person withName(Meeting meeting, Person person) {
		if (person.name() != null || person.email() == null) {
			return person;
		}
		List<Person> everyone = new ArrayList<>(meeting.participants());
		if (meeting.organizer() != null) {
			everyone.add(meeting.organizer());
		}
		return everyone.stream()
			.filter(known -> person.email().equals(known.email()) && known.name() != null)
			.findFirst()
			.orElse(person);
	}

	/**
	 * Each person's last answer, in the order they were given: what the meeting's
	 * post-brief records.
	 */
	public List<ConsentRecord> answers(Meeting meeting) {
		return latestAnswers(meeting).values()
			.stream()
			.sorted(Comparator.comparing(ConsentRecord::answeredAt))
			.toList();
	}

	/**
	 * The meeting's organiser and participants, each once, except those whose last answer
	 * was no: matched by address, or by name when the no was given under a name only (a
	 * chat display name). Those left may get what the meeting produced.
	 */
	public List<Person> notDeclined(Meeting meeting) {
		List<Person> decliners = latestAnswers(meeting).values()
			.stream()
			.filter(record -> record.answer() == ConsentAnswer.DECLINED)
			.map(ConsentRecord::participant)
			.toList();
		List<Person> everyone = new ArrayList<>();
		if (meeting.organizer() != null) {
			everyone.add(meeting.organizer());
		}
		for (Person participant : meeting.participants()) {
			if (everyone.stream().noneMatch(participant::isSamePersonAs)) {
				everyone.add(participant);
			}
		}
		return everyone.stream()
			.filter(person -> decliners.stream()
				.noneMatch(decliner -> (decliner.email() != null) ? decliner.email().equals(person.email())
						: person.name() != null && person.name().equalsIgnoreCase(decliner.name())))
			.toList();
	}

	/** Whether the organiser's last answer was no. */
	public boolean organizerDeclined(Meeting meeting) {
		return latestAnswers(meeting).values()
			.stream()
			.anyMatch(
					record -> record.answer() == ConsentAnswer.DECLINED && isOrganizer(meeting, record.participant()));
	}

	private static boolean spokeIt(Person person, Utterance utterance) {
		if (person.email() != null && utterance.speakerEmail() != null
				&& person.email().equals(utterance.speakerEmail())) {
			return true;
		}
		// By name too when the addresses differ or are missing: a decliner must not stay
		// in the transcript because a platform gave a different address.
		return person.name() != null && person.name().equalsIgnoreCase(utterance.speaker().strip());
	}

	private Map<String, ConsentRecord> latestAnswers(Meeting meeting) {
		return latest(this.records.findByMeeting(meeting.tenantId(), meeting.id()));
	}

	/** Each person's last answer among a meeting's answers given oldest first. */
	private static Map<String, ConsentRecord> latest(List<ConsentRecord> answers) {
		// A later answer by the same person replaces theirs.
		Map<String, ConsentRecord> latest = new HashMap<>();
		for (ConsentRecord record : answers) {
			Person who = record.participant();
			String key = (who.email() != null) ? who.email().value()
					: "name:" + Objects.requireNonNull(who.name()).toLowerCase(Locale.ROOT);
			latest.put(key, record);
		}
		return latest;
	}

	private static boolean isOrganizer(Meeting meeting, Person participant) {
		return meeting.organizer() != null && meeting.organizer().isSamePersonAs(participant);
	}

	/**
	 * The agent leaves (through a job, so a gateway that fails is asked again), pending
	 * work for the meeting stops, what was produced is deleted, and the meeting ends as
	 * consent-declined. The meeting is always saved, so that an analysis committing at
	 * the same moment collides with this instead of slipping past it.
	 */
	private void leaveAndErase(Meeting meeting) {
		this.jobs.cancelOwnedBy(JobOwner.meeting(meeting.id()));
		Map<String, Long> erased = new HashMap<>();
		for (PersonalData store : this.personalData) {
			store.eraseMeetingContent(meeting.tenantId(), meeting.id())
				.forEach((part, count) -> erased.merge(part, count, Long::sum));
		}
		switch (meeting.status()) {
			case ACTIVE -> {
				meeting.startPostProcessing();
				meeting.markDone();
			}
			case DEGRADED -> {
				meeting.startPostProcessing();
				meeting.markDone();
			}
			case POST_PROCESSING -> meeting.markDone();
			case SCHEDULED, JOINING, IN_LOBBY -> meeting.cancel();
			case DONE, FAILED, CANCELLED -> {
				// Over already: only its content goes.
			}
		}
		this.updates.saveAndTell(meeting);
		this.conclusions.save(new MeetingConclusion(meeting.tenantId(), meeting.id(), MeetingOutcome.CONSENT_DECLINED,
				null, this.clock.instant()));
		// The bot leaves and the gateway's copy goes too, both through retried jobs.
		this.bots.findByMeeting(meeting.id())
			.ifPresent(bot -> Attendance.cleanUp(bot, this.clock.instant()).forEach(this.jobs::enqueue));
		Map<String, String> details = new HashMap<>();
		erased.forEach((store, count) -> details.put(store, Long.toString(count)));
		audit(meeting, Actor.system("consent"), "meeting.consent-declined-erased", details);
	}

	private void audit(Meeting meeting, Actor actor, String action, Map<String, String> details) {
		this.auditLog.record(AuditEvent.of(meeting.tenantId(), this.clock.instant(), actor, action, "meeting",
				meeting.id().toString(), details));
	}

}
