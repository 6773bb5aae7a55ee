package se.postboxen.kollegan.bot.chat.teams;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.adapter.teams.TeamsAddress;
import se.postboxen.kollegan.adapter.teams.TeamsCards;
import se.postboxen.kollegan.adapter.teams.TeamsCards.ConsentAction;
import se.postboxen.kollegan.adapter.teams.TeamsCards.NudgeAction;
import se.postboxen.kollegan.adapter.teams.api.Activity;
import se.postboxen.kollegan.attendance.Attendance;
import se.postboxen.kollegan.attendance.PlatformSignal;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.chat.ChatCommand;
import se.postboxen.kollegan.chat.ChatCommands;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.meeting.JoinUrls;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * What each kind of Teams activity means to Kollegan, one handler per activity type (or
 * type and name), and one per card verb: commands are queued, consent and nudge answers
 * queued, meeting chats remembered. Activities of any other kind are acknowledged and
 * left alone, as the protocol asks.
 */
@Component
class TeamsActivities {

	private static final Logger logger = LoggerFactory.getLogger(TeamsActivities.class);

	/** Mentions anywhere in the text: {@code <at>Kollegan</at>}. */
	private static final Pattern MENTION = Pattern.compile("<at>[^<]{0,200}</at>");

	/** How far from an event's time a meeting with its link is looked for. */
	private static final Duration EVENT_WINDOW = Duration.ofHours(12);

	@FunctionalInterface
	private interface Handler {

		ResponseEntity<Object> handle(TenantId tenantId, Activity activity, TeamsAddress replyTo);

	}

	/** A click on one of Kollegan's cards, by the verb its button carries. */
	@FunctionalInterface
	private interface CardHandler {

		/**
		 * Queues the answer in the button's data, if it is a whole one.
		 * @return the {@code adaptiveCard/action} answer: the card that replaces the
		 * clicked one, or an error (and nothing queued)
		 */
		Map<String, Object> handle(TenantId tenantId, Activity activity, JsonNode data, TeamsAddress replyTo);

	}

	private final Map<String, Handler> handlers = Map.of("message", this::message, "invoke/adaptiveCard/action",
			this::cardAction, "conversationUpdate", this::conversationUpdate,
			"event/application/vnd.microsoft.meetingStart", this::meetingEvent,
			"event/application/vnd.microsoft.meetingEnd", this::meetingEvent);

	private final Map<String, CardHandler> cards = Map.of(TeamsCards.CONSENT_VERB, this::consent, TeamsCards.NUDGE_VERB,
			this::nudge);

	private final ChatCommands commands;

	private final Meetings meetings;

	private final ActionItems actions;

	private final ChatMeetings chatMeetings;

	private final Clock clock;

	private final Attendance attendance;

	TeamsActivities(ChatCommands commands, Meetings meetings, ActionItems actions, ChatMeetings chatMeetings,
			Attendance attendance, Clock clock) {
		this.attendance = attendance;
		this.commands = commands;
		this.meetings = meetings;
		this.actions = actions;
		this.chatMeetings = chatMeetings;
		this.clock = clock;
	}

	ResponseEntity<Object> handle(TenantId tenantId, Activity activity) {
		Handler handler = this.handlers.getOrDefault(activity.type() + "/" + activity.name(),
				this.handlers.get(String.valueOf(activity.type())));
		Optional<TeamsAddress> replyTo = TeamsAddress.of(activity);
		if (handler == null || replyTo.isEmpty()) {
			return ResponseEntity.ok().build();
		}
		return handler.handle(tenantId, activity, replyTo.get());
	}

	/**
	 * A command, or the answer of a card button's {@code Action.Submit} fallback, which
	 * Teams delivers as a message carrying the button's data, the verb among it.
	 */
	private ResponseEntity<Object> message(TenantId tenantId, Activity activity, TeamsAddress replyTo) {
		JsonNode value = activity.value();
		CardHandler card = (value != null) ? this.cards.get(value.path("verb").asString("")) : null;
		if (card != null) {
			// A message gets no card in answer: queuing a whole answer is all there is.
			card.handle(tenantId, activity, value, replyTo);
			return ResponseEntity.ok().build();
		}
		String text = (activity.text() != null) ? MENTION.matcher(activity.text()).replaceAll(" ").strip() : "";
		if (text.isEmpty()) {
			return ResponseEntity.ok().build();
		}
		if (activity.id() == null) {
			return ResponseEntity.badRequest()
				.body(Problems.VALIDATION_FAILED.detail(HttpStatus.BAD_REQUEST,
						"Aktiviteten saknar id / The activity has no id"));
		}
		queue(tenantId, activity.id(), activity, text, replyTo);
		return ResponseEntity.ok().build();
	}

	/**
	 * A card button's {@code Action.Execute}: answered in this response, as Teams
	 * requires, with the card that replaces the clicked one.
	 */
	private ResponseEntity<Object> cardAction(TenantId tenantId, Activity activity, TeamsAddress replyTo) {
		JsonNode action = (activity.value() != null) ? activity.value().path("action") : null;
		CardHandler card = (action != null) ? this.cards.get(action.path("verb").asString("")) : null;
		if (card == null) {
			return ResponseEntity.ok(TeamsCards.errorResponse(400, "BadRequest", "Okänd åtgärd / Unknown action"));
		}
		return ResponseEntity.ok(card.handle(tenantId, activity, action.path("data"), replyTo));
	}

	/** A consent button: the answer, for a meeting of this tenant, from someone named. */
	private Map<String, Object> consent(TenantId tenantId, Activity activity, JsonNode data, TeamsAddress replyTo) {
		Optional<ConsentAction> consent = ConsentAction.from(data)
			.filter(answer -> this.meetings.findById(tenantId, answer.meetingId()).isPresent());
		if (consent.isEmpty() || name(activity) == null) {
			return TeamsCards.errorResponse(400, "BadRequest",
					"Mötet finns inte eller svaret är ofullständigt / No such meeting, or an incomplete answer");
		}
		recordConsent(tenantId, activity, consent.get(), replyTo);
		return TeamsCards.cardResponse(TeamsCards.thanks(consent.get()));
	}

	/**
	 * A nudge's button: done, a new date or someone else, for an action of this tenant.
	 * Queued, not applied here: whether the clicker may change the action depends on
	 * their address, which Teams is asked for when the job runs, and Teams still gets its
	 * answer within its deadline. The job tells them what came of it in the chat.
	 */
	private Map<String, Object> nudge(TenantId tenantId, Activity activity, JsonNode data, TeamsAddress replyTo) {
		String userId = (activity.from() != null) ? activity.from().id() : null;
		Optional<NudgeAction> answer = NudgeAction.from(data)
			.filter(given -> this.actions.findById(tenantId, given.actionId()).isPresent());
		if (answer.isEmpty() || userId == null || activity.id() == null) {
			return TeamsCards.errorResponse(400, "BadRequest",
					"Åtgärden finns inte eller svaret är ofullständigt / No such action, or an incomplete answer");
		}
		NudgeAction given = answer.get();
		// Keyed by the activity id: a redelivered click is one answer.
		this.commands.receiveActionAnswer(tenantId, activity.id(),
				new JobPayload.ChatActionAnswer(ChatPlatformKind.TEAMS, given.actionId(), given.answer(),
						given.newDue(), given.newOwner(), null, name(activity), userId, replyTo.encode(),
						language(activity.locale())));
		logger.debug("Nudge answer {} from Teams queued for action {}", given.answer(), given.actionId());
		return TeamsCards.cardResponse(TeamsCards.received(given));
	}

	/**
	 * Kollegan installed, or added to a chat or team: it welcomes the person who did it,
	 * with their own invite address if the chat is theirs alone.
	 */
	private ResponseEntity<Object> conversationUpdate(TenantId tenantId, Activity activity, TeamsAddress replyTo) {
		if (activity.addsTheBot()) {
			String deliveryId = (activity.id() != null) ? activity.id() : "welcome:" + replyTo.conversationId();
			queue(tenantId, deliveryId, activity, ChatCommand.WELCOME, replyTo);
		}
		return ResponseEntity.ok().build();
	}

	/**
	 * A meeting started or ended with Kollegan in its chat: if Kollegan is booked for it,
	 * its consent card and recap can go to that chat. The event's time is the actual one,
	 * not the booked start {@code Meetings.findSame} compares exactly, so the link is
	 * looked for among the meetings around it.
	 */
	private ResponseEntity<Object> meetingEvent(TenantId tenantId, Activity activity, TeamsAddress replyTo) {
		JsonNode value = activity.value();
		URI joinUrl = uri((value != null) ? value.path("JoinUrl").asString(null) : null);
		if (joinUrl == null) {
			return ResponseEntity.ok().build();
		}
		Instant at = instant(value.path("StartTime").asString(null))
			.or(() -> instant(value.path("EndTime").asString(null)))
			.orElse(this.clock.instant());
		String key = JoinUrls.key(joinUrl);
		this.meetings
			.search(new MeetingSearch(tenantId, at.minus(EVENT_WINDOW), at.plus(EVENT_WINDOW), Set.of(), null, 0,
					MeetingSearch.MAX_PAGE_SIZE))
			.items()
			.stream()
			.filter(meeting -> meeting.joinUrlKey().equals(key))
			.map(Meeting::id)
			.forEach(meetingId -> this.chatMeetings.remember(tenantId, meetingId, ChatPlatformKind.TEAMS,
					replyTo.encode()));
		// Teams is a witness of the meeting's start and end like Zoom's webhooks: the
		// same
		// bounded search and keyed enqueues, so a redelivery changes nothing.
		this.attendance.platformReported(tenantId, key, "application/vnd.microsoft.meetingEnd".equals(activity.name())
				? PlatformSignal.ENDED : PlatformSignal.STARTED, at);
		return ResponseEntity.ok().build();
	}

	private void queue(TenantId tenantId, String deliveryId, Activity activity, String text, TeamsAddress replyTo) {
		// The queue's key already names the platform: chat:teams:<activity id>.
		this.commands.receive(tenantId, deliveryId,
				new JobPayload.ChatCommandReceived(ChatPlatformKind.TEAMS, name(activity), null,
						(activity.from() != null) ? activity.from().id() : null, text, replyTo.encode(),
						activity.meetingId(), language(activity.locale())));
	}

	/**
	 * Queued, not recorded here: who clicked is asked of Teams (their address) when the
	 * job runs, so the answer is that person's and not anyone's with the same display
	 * name, and Teams still gets its answer within its deadline.
	 */
	private void recordConsent(TenantId tenantId, Activity activity, ConsentAction action, TeamsAddress replyTo) {
		String userId = (activity.from() != null) ? activity.from().id() : null;
		String name = name(activity);
		if ((userId == null && name == null) || activity.id() == null) {
			return;
		}
		this.commands.receiveConsent(tenantId, activity.id(),
				new JobPayload.ChatConsentAnswer(ChatPlatformKind.TEAMS, action.meetingId(), name, userId,
						replyTo.encode(), action.level(), action.answer(), this.clock.instant()));
		logger.debug("Consent {} from Teams queued for meeting {}", action.answer(), action.meetingId());
	}

	private static @Nullable String name(Activity activity) {
		return (activity.from() != null && activity.from().name() != null && !activity.from().name().isBlank())
				? activity.from().name() : null;
	}

	private static String language(@Nullable String locale) {
		return (locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en")) ? "en" : "sv";
	}

	private static @Nullable URI uri(@Nullable String value) {
		if (value == null || !value.startsWith("https://")) {
			return null;
		}
		try {
			return URI.create(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Optional<Instant> instant(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Instant.parse(value));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
