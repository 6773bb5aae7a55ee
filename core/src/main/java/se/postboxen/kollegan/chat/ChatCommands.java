package se.postboxen.kollegan.chat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.consent.ConsentReplies;
import se.postboxen.kollegan.consent.ConsentReply;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.meeting.Booking;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.JoinUrls;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Use cases: chat commands, the same on every platform. A platform's ingress verifies the
 * request, translates it and {@link #receive}s it — queued, so the platform gets its
 * acknowledgement at once, and keyed by the platform's delivery id, so a redelivery is
 * one command. The job carries it out and answers where it was asked, Swedish or English.
 */
public final class ChatCommands {

	/**
	 * How long a meeting joined "now" from chat is booked for, until it is seen to end.
	 */
	static final Duration AD_HOC_LENGTH = Duration.ofHours(1);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final Pattern DELIVERY_ID = Pattern.compile("^[A-Za-z0-9._:@-]{1,150}$");

	private final JobQueue jobs;

	private final MeetingScheduling scheduling;

	private final Meetings meetings;

	private final ChatMeetings chatMeetings;

	private final Tenants tenants;

	private final List<ChatResponder> responders;

	private final Clock clock;

	private final ConsentReplies consentReplies;

	public ChatCommands(JobQueue jobs, MeetingScheduling scheduling, Meetings meetings, ChatMeetings chatMeetings,
			Tenants tenants, List<ChatResponder> responders, ConsentReplies consentReplies, Clock clock) {
		this.consentReplies = consentReplies;
		this.jobs = jobs;
		this.scheduling = scheduling;
		this.meetings = meetings;
		this.chatMeetings = chatMeetings;
		this.tenants = tenants;
		this.responders = List.copyOf(responders);
		this.clock = clock;
	}

	/**
	 * Queues a command.
	 * @param deliveryId the platform's id of this delivery (activity id, trigger id …):
	 * the same delivery twice is one command
	 */
	public void receive(TenantId tenantId, String deliveryId, JobPayload.ChatCommandReceived command) {
		this.jobs.enqueue(new JobRequest(
				new JobKey("chat:" + command.platform().name().toLowerCase(Locale.ROOT) + ":" + keyPart(deliveryId)),
				command, tenantId, null, this.clock.instant()));
	}

	/**
	 * Platforms' ids may be long or hold characters a job key does not (Teams
	 * conversation ids carry {@code ;messageid=}): those are replaced by a digest, the
	 * same for the same id.
	 */
	private static String keyPart(String deliveryId) {
		return DELIVERY_ID.matcher(deliveryId).matches() ? deliveryId
				: "h-" + UUID.nameUUIDFromBytes(deliveryId.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Queues a consent answer given in chat; the same delivery twice is one answer.
	 */
	public void receiveConsent(TenantId tenantId, String deliveryId, JobPayload.ChatConsentAnswer answer) {
		this.jobs.enqueue(new JobRequest(
				new JobKey("consent-answer:" + answer.platform().name().toLowerCase(Locale.ROOT) + ":"
						+ keyPart(deliveryId)),
				answer, tenantId, JobOwner.meeting(answer.meetingId()), this.clock.instant()));
	}

	/**
	 * The consent job: asks the platform who answered and records it under their address,
	 * so that an answer is that person's and not anyone's who takes the same display
	 * name. Where the platform names no address (Zoom), the name is all there is.
	 */
	public JobOutcome handleConsent(TenantId tenantId, JobPayload.ChatConsentAnswer answer) {
		EmailAddress email = null;
		if (answer.platformUserId() != null) {
			email = this.responders.stream()
				.filter(candidate -> candidate.kind() == answer.platform())
				.findFirst()
				.flatMap(responder -> responder.emailOf(answer.replyTo(), answer.platformUserId()))
				.orElse(null);
		}
		if (email == null && (answer.userName() == null || answer.userName().isBlank())) {
			return JobOutcome.failPermanently("a consent answer from nobody the platform could name");
		}
		this.consentReplies.replied(new ConsentReply(tenantId, answer.meetingId(), new Person(answer.userName(), email),
				answer.level(), answer.answer(), answer.platform().consentChannel(), answer.at()));
		return JobOutcome.done();
	}

	/**
	 * The job: carry the command out and answer it. A command that keeps failing gets one
	 * short apology on its last attempt, in the asker's language, and goes to the
	 * dead-letter queue for the operators; earlier failures are simply tried again.
	 */
	public JobOutcome handle(TenantId tenantId, JobPayload.ChatCommandReceived received, boolean lastAttempt) {
		try {
			return handle(tenantId, received);
		}
		catch (RuntimeException ex) {
			if (!lastAttempt) {
				throw ex;
			}
			this.responders.stream()
				.filter(candidate -> candidate.kind() == received.platform())
				.findFirst()
				.ifPresent(responder -> responder.reply(received.replyTo(),
						new ChatReply("en".equals(received.language())
								? "Sorry, something went wrong on our side. Please try again in a while."
								: "Förlåt, något gick fel hos oss. Försök igen om en stund.")));
			return JobOutcome.failPermanently("the command failed: " + ex.getClass().getSimpleName());
		}
	}

	private JobOutcome handle(TenantId tenantId, JobPayload.ChatCommandReceived received) {
		Optional<ChatResponder> responder = this.responders.stream()
			.filter(candidate -> candidate.kind() == received.platform())
			.findFirst();
		if (responder.isEmpty()) {
			return JobOutcome.failPermanently("no " + received.platform() + " connection to answer through");
		}
		boolean english = "en".equals(received.language());
		JobPayload.ChatCommandReceived known = withEmail(received, responder.get());
		String answer = ChatCommand.parse(received.text())
			.map(command -> carryOut(tenantId, known, command, english))
			.orElseGet(() -> english ? "I did not understand that. Write \"help\" to see what I can do."
					: "Det förstod jag inte. Skriv \"hjälp\" så ser du vad jag kan.");
		responder.get().reply(received.replyTo(), new ChatReply(answer));
		return JobOutcome.done();
	}

	/** The command with its writer's address, asked of the platform if need be. */
	private static JobPayload.ChatCommandReceived withEmail(JobPayload.ChatCommandReceived received,
			ChatResponder responder) {
		if (received.userEmail() != null || received.platformUserId() == null) {
			return received;
		}
		EmailAddress email = responder.emailOf(received.replyTo(), received.platformUserId()).orElse(null);
		return new JobPayload.ChatCommandReceived(received.platform(), received.userName(), email,
				received.platformUserId(), received.text(), received.replyTo(), received.platformMeetingId(),
				received.language());
	}

	private String carryOut(TenantId tenantId, JobPayload.ChatCommandReceived received, ChatCommand command,
			boolean english) {
		// Java 17: no pattern switch yet, so the sealed set is walked by hand.
		if (command instanceof ChatCommand.Join join) {
			return join(tenantId, received, join.joinUrl(), english);
		}
		if (command instanceof ChatCommand.Leave leave) {
			return leave(tenantId, received, leave.joinUrl(), english);
		}
		if (command instanceof ChatCommand.Status) {
			return status(tenantId, received.userEmail(), english);
		}
		return english ? """
				I am Kollegan. Write "join <meeting link>" and I join the meeting now, ask everyone for consent \
				and write the recap. "status" shows what I am doing for you, "leave <link>" sends me away. \
				Invite me like a colleague with your own agent address, shown in the dashboard.""" : """
				Jag är Kollegan. Skriv "anslut <möteslänk>" så ansluter jag till mötet nu, ber alla om \
				samtycke och skriver sammanfattningen. "status" visar vad jag gör åt dig, "lämna <länk>" \
				skickar bort mig. Bjud in mig som en kollega med din egen agentadress, som står i \
				dashboarden.""";
	}

	private String join(TenantId tenantId, JobPayload.ChatCommandReceived received, @Nullable URI joinUrl,
			boolean english) {
		if (joinUrl == null) {
			return english ? "Which meeting? Write \"join\" followed by the meeting link."
					: "Vilket möte? Skriv \"anslut\" följt av möteslänken.";
		}
		Optional<Meeting> live = liveWithLink(tenantId, joinUrl);
		if (live.isPresent()) {
			// Asked again, by a retry of this job or by another chat: the meeting the
			// agent
			// is already in or on its way to, never a second one.
			Meeting meeting = live.get();
			boolean theirs = (received.userEmail() != null && meeting.concerns(received.userEmail()))
					|| this.chatMeetings.addresses(tenantId, meeting.id(), received.platform())
						.contains(received.replyTo());
			if (!theirs) {
				return english ? "I am already booked for that meeting by someone else."
						: "Jag är redan bokad till det mötet av någon annan.";
			}
			this.chatMeetings.remember(tenantId, meeting.id(), received.platform(), received.replyTo());
			return english ? "I am already on my way to that meeting." : "Jag är redan på väg till det mötet.";
		}
		ZoneId zone = this.tenants.findById(tenantId).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Stockholm"));
		ZonedDateTime now = ZonedDateTime.now(this.clock).withZoneSameInstant(zone);
		Person asker = new Person(received.userName(), received.userEmail());
		Booking booking;
		try {
			booking = this.scheduling.schedule(new ScheduleMeeting(tenantId,
					Actor.integration(received.platform().name().toLowerCase(Locale.ROOT)), received.userEmail(),
					english ? "Meeting joined from chat" : "Möte från chatten", null, joinUrl, now,
					now.plus(AD_HOC_LENGTH), asker, List.of(), new ExternalIds(null, received.platformMeetingId()), 0,
					BookingChannel.CHAT));
		}
		catch (IllegalArgumentException ex) {
			return english ? "That is not a meeting link I can join." : "Det är ingen möteslänk jag kan ansluta till.";
		}
		if (booking.meeting() == null || booking.outcome() == Booking.Outcome.NOT_YOURS) {
			return english ? "I am already booked for that meeting by someone else."
					: "Jag är redan bokad till det mötet av någon annan.";
		}
		// Consent cards and the recap go back to where the agent was asked for.
		this.chatMeetings.remember(tenantId, booking.meeting().id(), received.platform(), received.replyTo());
		return (booking.outcome() == Booking.Outcome.SCHEDULED)
				? (english ? "I am joining the meeting now." : "Jag ansluter till mötet nu.")
				: (english ? "I am already on my way to that meeting." : "Jag är redan på väg till det mötet.");
	}

	private String leave(TenantId tenantId, JobPayload.ChatCommandReceived received, @Nullable URI joinUrl,
			boolean english) {
		if (joinUrl == null || received.userEmail() == null) {
			return english ? "Which meeting? Write \"leave\" followed by the meeting link."
					: "Vilket möte? Skriv \"lämna\" följt av möteslänken.";
		}
		String key = JoinUrls.key(joinUrl);
		Optional<Meeting> meeting = aroundNow(tenantId, received.userEmail()).stream()
			.filter(candidate -> candidate.joinUrlKey().equals(key))
			.filter(candidate -> !candidate.status().isFinal())
			.findFirst();
		if (meeting.isEmpty()) {
			return english ? "I am not in a meeting with that link for you."
					: "Jag är inte med i något möte med den länken åt dig.";
		}
		this.scheduling.cancel(tenantId, meeting.get().id(),
				Actor.integration(received.platform().name().toLowerCase(Locale.ROOT)));
		return english ? "I am leaving the meeting." : "Jag lämnar mötet.";
	}

	private String status(TenantId tenantId, @Nullable EmailAddress email, boolean english) {
		if (email == null) {
			return english ? "I cannot tell who you are, so I cannot show your meetings."
					: "Jag vet inte vem du är, så jag kan inte visa dina möten.";
		}
		List<Meeting> found = aroundNow(tenantId, email);
		if (found.isEmpty()) {
			return english ? "I have no meetings for you today." : "Jag har inga möten åt dig i dag.";
		}
		ZoneId zone = this.tenants.findById(tenantId).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Stockholm"));
		StringBuilder text = new StringBuilder(english ? "Your meetings:" : "Dina möten:");
		for (Meeting meeting : found) {
			text.append("\n")
				.append(TIME.format(meeting.startsAt().atZone(zone)))
				.append(" ")
				.append(meeting.title())
				.append(" — ")
				.append(describe(meeting.status(), english));
		}
		return text.toString();
	}

	/** A meeting of the tenant at this link that is on now or soon and not over. */
	private Optional<Meeting> liveWithLink(TenantId tenantId, URI joinUrl) {
		String key = JoinUrls.key(joinUrl);
		Instant now = this.clock.instant();
		return this.meetings
			.search(new MeetingSearch(tenantId, now.minus(Duration.ofHours(12)), now.plus(Duration.ofHours(12)),
					Set.of(), null, 0, MeetingSearch.MAX_PAGE_SIZE))
			.items()
			.stream()
			.filter(meeting -> meeting.joinUrlKey().equals(key) && !meeting.status().isFinal())
			.filter(meeting -> meeting.endsAt().isAfter(now))
			.findFirst();
	}

	/** The person's meetings from two hours ago to a day ahead. */
	private List<Meeting> aroundNow(TenantId tenantId, EmailAddress email) {
		Instant now = this.clock.instant();
		return this.meetings
			.search(new MeetingSearch(tenantId, now.minus(Duration.ofHours(2)), now.plus(Duration.ofDays(1)), Set.of(),
					email, 0, 20))
			.items();
	}

	private static String describe(MeetingStatus status, boolean english) {
		return switch (status) {
			case SCHEDULED -> english ? "booked" : "bokad";
			case JOINING -> english ? "joining" : "ansluter";
			case IN_LOBBY -> english ? "waiting in the lobby" : "väntar i lobbyn";
			case ACTIVE -> english ? "in the meeting" : "i mötet";
			case POST_PROCESSING -> english ? "writing the recap" : "skriver sammanfattningen";
			case DONE -> english ? "done" : "klar";
			case DEGRADED ->
				english ? "recap from the platform's transcript" : "sammanfattning från plattformens transkription";
			case FAILED -> english ? "failed" : "misslyckades";
			case CANCELLED -> english ? "cancelled" : "avbokad";
		};
	}

}
