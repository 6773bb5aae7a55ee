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

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.consent.ConsentReplies;
import se.postboxen.kollegan.consent.ConsentReply;
import se.postboxen.kollegan.invite.InviteSettings;
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
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.Users;

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

	private final ChatContacts contacts;

	private final ActionFollowUps followUps;

	private final Users users;

	private final InviteSettings invites;

	private final String agentDomain;

	/**
	 * @param invites the users' own agent addresses, shown to each in the welcome
	 * @param agentDomain the domain of those addresses
	 */
	public ChatCommands(JobQueue jobs, MeetingScheduling scheduling, Meetings meetings, ChatMeetings chatMeetings,
			ChatContacts contacts, Tenants tenants, List<ChatResponder> responders, ConsentReplies consentReplies,
			ActionFollowUps followUps, Users users, InviteSettings invites, String agentDomain, Clock clock) {
		this.consentReplies = consentReplies;
		this.contacts = contacts;
		this.followUps = followUps;
		this.users = users;
		this.invites = invites;
		this.agentDomain = agentDomain;
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
	 * Queues a nudge's answer given in chat; the same delivery twice is one answer.
	 */
	public void receiveActionAnswer(TenantId tenantId, String deliveryId, JobPayload.ChatActionAnswer answer) {
		this.jobs.enqueue(new JobRequest(new JobKey(
				"action-answer:" + answer.platform().name().toLowerCase(Locale.ROOT) + ":" + keyPart(deliveryId)),
				answer, tenantId, null, this.clock.instant()));
	}

	/**
	 * The answer job: who answered (and who the new owner is) is asked of the platform,
	 * so that only the owner or the organiser can close or move an action, and the person
	 * is told what came of it.
	 */
	public JobOutcome handleActionAnswer(TenantId tenantId, JobPayload.ChatActionAnswer answer) {
		Optional<ChatResponder> responder = responder(answer.platform());
		if (responder.isEmpty()) {
			return JobOutcome.failPermanently("no " + answer.platform() + " connection to answer through");
		}
		boolean english = "en".equals(answer.language());
		EmailAddress who = (answer.platformUserId() != null)
				? known(tenantId, responder.get(), answer.platform(), answer.replyTo(), answer.platformUserId()) : null;
		EmailAddress newOwner = answer.newOwnerEmail();
		if (newOwner == null && answer.newOwnerPlatformUserId() != null) {
			newOwner = responder.get().emailOf(answer.replyTo(), answer.newOwnerPlatformUserId()).orElse(null);
		}
		String text;
		if (who == null) {
			text = english ? "I cannot tell who you are, so I cannot change the action."
					: "Jag vet inte vem du är, så jag kan inte ändra åtgärden.";
		}
		else if (answer.kind() == ActionAnswer.Kind.REASSIGN && newOwner == null) {
			text = english ? "I could not find an e-mail address for the new owner."
					: "Jag hittade ingen e-postadress till den nya ansvariga.";
		}
		else if (answer.kind() == ActionAnswer.Kind.NEW_DATE && answer.newDue() == null) {
			text = english ? "Pick the new date first." : "Välj det nya datumet först.";
		}
		else {
			ActionAnswer applied = new ActionAnswer(answer.actionItemId(), answer.kind(), answer.newDue(), newOwner);
			ActionFollowUps.Result result = this.followUps.answer(tenantId, applied, new Person(answer.userName(), who),
					Actor.integration(answer.platform().name().toLowerCase(Locale.ROOT)));
			text = describe(result, applied, english);
		}
		responder.get().reply(answer.replyTo(), new ChatReply(text));
		return JobOutcome.done();
	}

	private static String describe(ActionFollowUps.Result result, ActionAnswer answer, boolean english) {
		return switch (result) {
			case DONE -> english ? "Marked as done. Thank you!" : "Markerad som klar. Tack!";
			case REDATED -> (english ? "New date: " : "Nytt datum: ") + answer.newDue();
			case REASSIGNED -> (english ? "Handed over to " : "Överlämnad till ") + answer.newOwner().value();
			case NOT_FOUND -> english ? "That action no longer exists." : "Den åtgärden finns inte längre.";
			case NOT_ALLOWED -> english ? "Only the owner or the meeting's organiser can change this action."
					: "Bara den ansvariga eller mötets organisatör kan ändra åtgärden.";
			case ALREADY_CLOSED -> english ? "That action is already closed." : "Den åtgärden är redan avslutad.";
			case DATE_IN_PAST ->
				english ? "The new date must not be in the past." : "Det nya datumet får inte ha passerat.";
		};
	}

	private Optional<ChatResponder> responder(ChatPlatformKind platform) {
		return this.responders.stream().filter(candidate -> candidate.kind() == platform).findFirst();
	}

	/**
	 * The address of a person writing from {@code replyTo}, asked of the platform; where
	 * they can be written to alone is remembered on the way, for nudges.
	 */
	private @Nullable EmailAddress known(TenantId tenantId, ChatResponder responder, ChatPlatformKind platform,
			String replyTo, String platformUserId) {
		EmailAddress email = responder.emailOf(replyTo, platformUserId).orElse(null);
		if (email != null) {
			responder.directAddress(replyTo, platformUserId)
				.ifPresent(direct -> this.contacts.remember(tenantId, email, platform, direct));
		}
		return email;
	}

	/**
	 * The consent job: asks the platform who answered and records it under their address,
	 * so that an answer is that person's and not anyone's who takes the same display
	 * name. Where the platform names no address (Zoom), the name is all there is.
	 */
	public JobOutcome handleConsent(TenantId tenantId, JobPayload.ChatConsentAnswer answer) {
		EmailAddress email = null;
		Optional<ChatResponder> responder = responder(answer.platform());
		if (answer.platformUserId() != null && responder.isPresent()) {
			email = known(tenantId, responder.get(), answer.platform(), answer.replyTo(), answer.platformUserId());
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
			responder(received.platform()).ifPresent(responder -> responder.reply(received.replyTo(),
					new ChatReply("en".equals(received.language())
							? "Sorry, something went wrong on our side. Please try again in a while."
							: "Förlåt, något gick fel hos oss. Försök igen om en stund.")));
			return JobOutcome.failPermanently("the command failed: " + ex.getClass().getSimpleName());
		}
	}

	private JobOutcome handle(TenantId tenantId, JobPayload.ChatCommandReceived received) {
		Optional<ChatResponder> responder = responder(received.platform());
		if (responder.isEmpty()) {
			return JobOutcome.failPermanently("no " + received.platform() + " connection to answer through");
		}
		boolean english = "en".equals(received.language());
		JobPayload.ChatCommandReceived known = withEmail(tenantId, received, responder.get());
		Optional<ChatCommand> command = ChatCommand.parse(received.text());
		if (command.isPresent() && command.get() instanceof ChatCommand.Welcome) {
			// Answered apart: it may be two messages, and not all to where it was asked.
			welcome(tenantId, known, responder.get());
			return JobOutcome.done();
		}
		String answer = command.map(asked -> carryOut(tenantId, known, asked, english))
			.orElseGet(() -> english ? "I did not understand that. Write \"help\" to see what I can do."
					: "Det förstod jag inte. Skriv \"hjälp\" så ser du vad jag kan.");
		responder.get().reply(received.replyTo(), new ChatReply(answer));
		return JobOutcome.done();
	}

	/** The command with its writer's address, asked of the platform if need be. */
	private JobPayload.ChatCommandReceived withEmail(TenantId tenantId, JobPayload.ChatCommandReceived received,
			ChatResponder responder) {
		if (received.platformUserId() == null) {
			return received;
		}
		if (received.userEmail() != null) {
			responder.directAddress(received.replyTo(), received.platformUserId())
				.ifPresent(
						direct -> this.contacts.remember(tenantId, received.userEmail(), received.platform(), direct));
			return received;
		}
		EmailAddress email = known(tenantId, responder, received.platform(), received.replyTo(),
				received.platformUserId());
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

	/**
	 * The welcome, in Swedish and English (it comes unasked, on install, before anyone's
	 * language is known), with the writer's own invite address: theirs as the platform
	 * identified them, never one the text names. The address is a capability (whoever has
	 * it can send Kollegan to meetings in that person's name), so it is written only
	 * where they alone read it: their direct chat with Kollegan, remembered by
	 * {@link #withEmail} on the way in or earlier. A group chat gets the introduction and
	 * is told where the address went, or how to get it.
	 */
	private void welcome(TenantId tenantId, JobPayload.ChatCommandReceived received, ChatResponder responder) {
		EmailAddress email = received.userEmail();
		if (email == null) {
			responder.reply(received.replyTo(), welcome(
					"Jag kan inte se vem du är här, så din egen inbjudningsadress finns i stället i dashboarden.",
					"I cannot tell who you are here, so your own invite address is in the dashboard instead."));
			return;
		}
		Optional<User> user = this.users.findByEmail(tenantId, email);
		if (user.isEmpty()) {
			responder.reply(received.replyTo(), welcome(
					"Du har inget Kollegan-konto än. Be din organisations Kollegan-administratör att lägga till dig, "
							+ "så får du en egen inbjudningsadress.",
					"You have no Kollegan account yet. Ask your organisation's Kollegan administrator to add you, "
							+ "and you get your own invite address."));
			return;
		}
		Optional<String> alone = this.contacts.address(tenantId, email, received.platform());
		if (alone.isEmpty()) {
			responder.reply(received.replyTo(), welcome(
					"Din egen inbjudningsadress visar jag bara för dig: skriv \"välkommen\" till mig i en enskild chatt, "
							+ "eller se den i dashboarden.",
					"I only show your own invite address to you: write \"welcome\" to me in a one-to-one chat, "
							+ "or see it in the dashboard."));
			return;
		}
		String address = this.invites.addressOf(tenantId, user.get().id()).address(this.agentDomain).value();
		String swedish = "Din egen inbjudningsadress är " + address
				+ ". Bjud in den till ett möte som en kollega, så kommer jag. Dela den inte: den som har adressen "
				+ "kan skicka mig till möten i ditt namn.";
		String english = "Your own invite address is " + address
				+ ". Invite it to a meeting like a colleague and I will come. Do not share it: whoever has it can "
				+ "send me to meetings in your name.";
		if (alone.get().equals(received.replyTo())) {
			responder.reply(received.replyTo(), welcome(swedish, english));
			return;
		}
		responder.reply(received.replyTo(),
				welcome("Din egen inbjudningsadress har jag skickat till dig i en enskild chatt.",
						"I have sent your own invite address to you in a one-to-one chat."));
		responder.reply(alone.get(), new ChatReply(swedish + "\n\n" + english));
	}

	/** The introduction, Swedish first, each language followed by its own ending. */
	private static ChatReply welcome(String swedish, String english) {
		return new ChatReply("""
				Hej! Jag är Kollegan, en AI-kollega som ansluter till era möten, ber alla om samtycke, antecknar \
				och skriver sammanfattningen med beslut och åtgärder. Skriv "anslut <möteslänk>" så ansluter jag \
				nu, "status" visar vad jag gör åt dig och "hjälp" visar allt jag kan.\s""" + swedish + "\n\n" + """
				Hi! I am Kollegan, an AI colleague that joins your meetings, asks everyone for consent, takes \
				notes and writes the recap with decisions and actions. Write "join <meeting link>" and I join now, \
				"status" shows what I am doing for you and "help" shows all I can do.\s""" + english);
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
