package se.postboxen.kollegan.adapter.teams;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.chat.LobbyNotice;
import se.postboxen.kollegan.chat.RecapNotice;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.regwatch.RegwatchAlertNotice;

/**
 * Kollegan's Adaptive Cards for Teams (schema 1.5, the newest Teams renders), Swedish
 * first, and the answers to their buttons. Every button is an {@code Action.Execute} with
 * its card's verb ({@code consent}, {@code nudge}), falling back to {@code Action.Submit}
 * with the same data and the verb inside it on clients without Universal Actions; both
 * come back as the same {@link CardAction}, read by one codec per card.
 *
 * @see <a href=
 * "https://learn.microsoft.com/en-US/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards">Work
 * with Universal Actions for Adaptive Cards</a>
 */
public final class TeamsCards {

	/** The verb of the consent buttons. */
	public static final String CONSENT_VERB = "consent";

	/** The verb of a nudge's buttons. */
	public static final String NUDGE_VERB = "nudge";

	/** The id of the nudge card's date input: its value arrives under this key. */
	static final String NEW_DUE_INPUT = "newDue";

	/** The id of the nudge card's new owner input. */
	static final String NEW_OWNER_INPUT = "newOwner";

	/**
	 * How many decisions or actions a recap card lists; the dashboard has the rest, and a
	 * Teams message must stay well under its size limit.
	 */
	static final int MAX_RECAP_ITEMS = 10;

	/** Longest decision or action text on a recap card. */
	static final int MAX_ITEM_LENGTH = 300;

	static final String CARD = "application/vnd.microsoft.card.adaptive";

	private static final String ERROR = "application/vnd.microsoft.error";

	private static final String VERSION = "1.5";

	private TeamsCards() {
	}

	/**
	 * What a button says, written into its data and read back from an
	 * {@code Action.Execute} invoke or an {@code Action.Submit} message alike.
	 */
	public sealed interface CardAction permits ConsentAction, NudgeAction {

		/** The verb the button is sent with, and that selects who handles it. */
		String verb();

		/** The button's data, without the verb. */
		Map<String, Object> data();

	}

	/** An answer given with the consent card's buttons. */
	public record ConsentAction(MeetingId meetingId, ConsentLevel level, ConsentAnswer answer) implements CardAction {

		/**
		 * The answer in a button's data ({@code {verb?, meetingId, level, answer}}), or
		 * empty when the data is not a whole, well-formed answer.
		 */
		public static Optional<ConsentAction> from(@Nullable JsonNode data) {
			if (data == null || !data.isObject()) {
				return Optional.empty();
			}
			try {
				return Optional
					.of(new ConsentAction(new MeetingId(UUID.fromString(data.path("meetingId").asString(""))),
							ConsentLevel.valueOf(data.path("level").asString("")),
							ConsentAnswer.valueOf(data.path("answer").asString(""))));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

		@Override
		public String verb() {
			return CONSENT_VERB;
		}

		@Override
		public Map<String, Object> data() {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("meetingId", this.meetingId.toString());
			data.put("level", this.level.name());
			data.put("answer", this.answer.name());
			return data;
		}

	}

	/**
	 * An answer given with a nudge's buttons: done, a new date, or someone else.
	 *
	 * @param newDue the date picked, for {@link ActionAnswer.Kind#NEW_DATE}; a button
	 * carries none, the card's date input adds it
	 * @param newOwner the address typed, for {@link ActionAnswer.Kind#REASSIGN}
	 */
	public record NudgeAction(ActionItemId actionId, ActionAnswer.Kind answer, @Nullable LocalDate newDue,
			@Nullable EmailAddress newOwner) implements CardAction {

		/** What a button of the card says before the person fills anything in. */
		static NudgeAction button(ActionItemId actionId, ActionAnswer.Kind answer) {
			return new NudgeAction(actionId, answer, null, null);
		}

		/**
		 * The answer in a click's data ({@code {verb?, actionId, answer, newDue?,
		 * newOwner?}}, the inputs merged in by Teams), or empty when it is not a whole
		 * answer: a new date needs a date, reassigning needs an address.
		 */
		public static Optional<NudgeAction> from(@Nullable JsonNode data) {
			if (data == null || !data.isObject()) {
				return Optional.empty();
			}
			Optional<ActionAnswer.Kind> answer = ActionAnswer.Kind.fromWireName(data.path("answer").asString(""));
			if (answer.isEmpty()) {
				return Optional.empty();
			}
			try {
				ActionItemId actionId = new ActionItemId(UUID.fromString(data.path("actionId").asString("")));
				switch (answer.get()) {
					case NEW_DATE -> {
						return Optional.of(new NudgeAction(actionId, answer.get(),
								LocalDate.parse(data.path(NEW_DUE_INPUT).asString("").strip()), null));
					}
					case REASSIGN -> {
						return Optional.of(new NudgeAction(actionId, answer.get(), null,
								EmailAddress.of(data.path(NEW_OWNER_INPUT).asString(""))));
					}
					default -> {
						// Whatever else the card's inputs held, "done" is only done.
						return Optional.of(new NudgeAction(actionId, answer.get(), null, null));
					}
				}
			}
			catch (IllegalArgumentException | DateTimeParseException ex) {
				return Optional.empty();
			}
		}

		@Override
		public String verb() {
			return NUDGE_VERB;
		}

		@Override
		public Map<String, Object> data() {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("actionId", this.actionId.toString());
			data.put("answer", this.answer.wireName());
			if (this.newDue != null) {
				data.put(NEW_DUE_INPUT, this.newDue.toString());
			}
			if (this.newOwner != null) {
				data.put(NEW_OWNER_INPUT, this.newOwner.value());
			}
			return data;
		}

	}

	/**
	 * The consent question. No {@code refresh}: everyone is asked the same thing, so
	 * there is no per-person view to fetch, and a click's answer card (returned in the
	 * invoke response) replaces the card for the person who clicked only, leaving the
	 * buttons for everyone else.
	 */
	static Map<String, Object> consent(ConsentCard card) {
		List<Object> body = new ArrayList<>();
		if (card.to() != null) {
			String name = name(card.to());
			body.add(text("Till / To: " + name, false));
		}
		body.add(heading("Kollegan – " + card.meetingTitle()));
		String organizer = (card.organizer() != null) ? name(card.organizer()) : null;
		body.add(text(((organizer != null) ? organizer + " har bjudit in" : "Mötet har bjudit in")
				+ " Kollegan, en AI-kollega som antecknar mötet och skriver sammanfattningen. Får Kollegan vara med på nivån **"
				+ levelName(card.level()) + "**?", true));
		body.add(text(((organizer != null) ? organizer + " invited" : "This meeting invited")
				+ " Kollegan, an AI colleague that takes notes and writes the recap. May Kollegan take part at the **"
				+ levelName(card.level()) + "** level?", true));
		body.add(facts(fact(ConsentLevel.BAS,
				"anteckningar och sammanfattning, ingen transkription sparas / notes and recap, no transcript kept"),
				fact(ConsentLevel.PLUS,
						"transkriptionen sparas under lagringstiden, insikter om intressenter / transcript kept for the retention period, stakeholder insights"),
				fact(ConsentLevel.JURIDIK,
						"full transkription, juridisk analys, längre lagring och granskningslogg / full transcript, legal analysis, longer retention and audit")));
		return card(body, List.of(
				button("Godkänn / Accept", new ConsentAction(card.meetingId(), card.level(), ConsentAnswer.ACCEPTED),
						"positive"),
				button("Avböj / Decline", new ConsentAction(card.meetingId(), card.level(), ConsentAnswer.DECLINED),
						"destructive")));
	}

	/** The card shown to a person in place of the question once they answered. */
	public static Map<String, Object> thanks(ConsentAction action) {
		String level = levelName(action.level());
		boolean accepted = action.answer() == ConsentAnswer.ACCEPTED;
		return card(List.of(text("**Tack / Thanks!**", false),
				text(accepted ? "Du har godkänt att Kollegan är med på nivån " + level + "."
						: "Du har avböjt att Kollegan är med.", true),
				text(accepted ? "You accepted Kollegan at the " + level + " level."
						: "You declined Kollegan in this meeting.", true)),
				List.of());
	}

	/**
	 * "Let me in": the agent waits in the meeting's lobby. Whoever may admit people does
	 * it in the meeting itself; the link takes someone not yet there to it.
	 */
	static Map<String, Object> lobby(LobbyNotice notice) {
		List<Object> body = new ArrayList<>();
		if (notice.organizer() != null) {
			body.add(text("Till / To: " + name(notice.organizer()), false));
		}
		body.add(heading("Kollegan väntar i lobbyn / Kollegan is waiting in the lobby"));
		body.add(text("Jag väntar i lobbyn till **" + notice.meetingTitle()
				+ "**. Släpp in mig från deltagarlistan i mötet, så antecknar jag och skriver sammanfattningen.",
				true));
		body.add(text(
				"I am waiting in the lobby of **" + notice.meetingTitle()
						+ "**. Admit me from the meeting's participant list and I will take notes and write the recap.",
				true));
		return card(body, openUrl("Öppna mötet / Open the meeting", notice.joinUrl()));
	}

	/**
	 * The recap where the meeting's people read chat: the summary (in the meeting's
	 * language), what was decided, the open actions with owner and date, and the way to
	 * the whole of it in the dashboard.
	 */
	static Map<String, Object> recap(RecapNotice recap) {
		List<Object> body = new ArrayList<>();
		body.add(heading("Sammanfattning / Recap – " + recap.meetingTitle()));
		body.add(text(recap.summary(), true));
		if (!recap.decisions().isEmpty()) {
			body.add(subheading("Beslut / Decisions"));
			items(body, recap.decisions());
		}
		if (!recap.actions().isEmpty()) {
			body.add(subheading("Öppna åtgärder / Open actions"));
			items(body, recap.actions().stream().map(TeamsCards::describe).toList());
		}
		return card(body, openUrl("Hela sammanfattningen i Kollegan / The whole recap in Kollegan", recap.link()));
	}

	/**
	 * The reminder to an action's owner, with its three answers: done at once; a new date
	 * and someone else each behind a button that opens their input, so that "done" never
	 * carries (or waits for) an input it does not need.
	 */
	static Map<String, Object> nudge(ActionNudge nudge) {
		List<Object> body = new ArrayList<>();
		body.add(heading((nudge.nudge() > 1) ? "Påminnelse igen / Another reminder" : "Påminnelse / Reminder"));
		body.add(text(hej(nudge.ownerName()) + "I mötet **" + nudge.meetingTitle() + "** tog du på dig:", true));
		body.add(text(hi(nudge.ownerName()) + "In the meeting **" + nudge.meetingTitle() + "** you took on:", true));
		body.add(quoted(nudge.text()));
		body.add(facts(
				fact("Klart senast / Due", (nudge.due() != null) ? nudge.due().toString() : "inget datum / no date")));
		body.add(text("Är det klart, behövs ett nytt datum, eller ska någon annan ta det? / "
				+ "Is it done, does it need a new date, or should someone else take it?", true));
		Map<String, Object> done = button("Klart / Done", NudgeAction.button(nudge.actionId(), ActionAnswer.Kind.DONE),
				"positive");
		// Done needs no input: it neither sends nor checks the others' fields.
		done.put("associatedInputs", "none");
		Map<String, Object> dateInput = new LinkedHashMap<>();
		dateInput.put("type", "Input.Date");
		dateInput.put("id", NEW_DUE_INPUT);
		dateInput.put("label", "Nytt datum / New date");
		if (nudge.due() != null) {
			dateInput.put("value", nudge.due().toString());
		}
		Map<String, Object> ownerInput = new LinkedHashMap<>();
		ownerInput.put("type", "Input.Text");
		ownerInput.put("id", NEW_OWNER_INPUT);
		ownerInput.put("style", "email");
		ownerInput.put("label", "Ny ansvarigs e-post / New owner's e-mail");
		ownerInput.put("placeholder", "namn@organisation.se");
		List<Object> actions = new ArrayList<>();
		actions.add(done);
		actions.add(showCard("Nytt datum / New date", dateInput, button("Spara datum / Save the date",
				NudgeAction.button(nudge.actionId(), ActionAnswer.Kind.NEW_DATE), null)));
		actions.add(showCard("Ge till någon annan / Hand over", ownerInput, button("Lämna över / Hand over",
				NudgeAction.button(nudge.actionId(), ActionAnswer.Kind.REASSIGN), null)));
		actions.addAll(openUrl("Öppna mötet i Kollegan / Open the meeting in Kollegan", nudge.link()));
		return card(body, actions);
	}

	/**
	 * A relevant change in a watched source, to an administrator alone: what changed
	 * where, how relevant it is and which version, with a link to the item at its source
	 * and one to its history and differences in the dashboard. Nothing to answer.
	 */
	static Map<String, Object> regwatchAlert(RegwatchAlertNotice notice) {
		boolean changed = notice.version() > 1;
		List<Object> body = new ArrayList<>();
		body.add(heading("Omvärldsbevakning / Regwatch"));
		body.add(text(hej(notice.recipientName()) + (changed ? "En ändring" : "Något nytt") + " i **"
				+ notice.sourceName() + "** rör era bevakade ämnen:", true));
		body.add(text(hi(notice.recipientName()) + (changed ? "A change" : "Something new") + " in **"
				+ notice.sourceName() + "** bears on your watched topics:", true));
		body.add(quoted(notice.itemTitle()));
		body.add(facts(fact("Källa / Source", notice.sourceName()),
				fact("Relevans / Relevance", notice.relevance() + " av 100 / " + notice.relevance() + " of 100"),
				fact("Version", notice.version() + (changed ? " (ändrad / changed)" : " (ny / new)"))));
		List<Object> actions = new ArrayList<>(openUrl("Öppna källan / Open the source", notice.itemUrl()));
		actions.addAll(openUrl("Historik och ändringar i Kollegan / History and changes in Kollegan", notice.link()));
		return card(body, actions);
	}

	/**
	 * The card shown to the person who answered a nudge: the answer is queued, and the
	 * outcome (done, or not theirs to change) follows in the chat once applied.
	 */
	public static Map<String, Object> received(NudgeAction action) {
		String swedish;
		String english;
		switch (action.answer()) {
			case NEW_DATE -> {
				swedish = "nytt datum " + action.newDue();
				english = "new date " + action.newDue();
			}
			case REASSIGN -> {
				swedish = "lämnas över till " + action.newOwner();
				english = "handed over to " + action.newOwner();
			}
			default -> {
				swedish = "klart";
				english = "done";
			}
		}
		return card(
				List.of(text("**Tack / Thanks!**", false),
						text("Ditt svar är mottaget: " + swedish + ". Jag bekräftar i chatten strax.", true),
						text("Your answer is received: " + english + ". I will confirm in the chat shortly.", true)),
				List.of());
	}

	/** An {@code adaptiveCard/action} answer that replaces the card. */
	public static Map<String, Object> cardResponse(Map<String, Object> card) {
		return Map.of("statusCode", 200, "type", CARD, "value", card);
	}

	/** An {@code adaptiveCard/action} answer that the action was not accepted. */
	public static Map<String, Object> errorResponse(int statusCode, String code, String message) {
		return Map.of("statusCode", statusCode, "type", ERROR, "value", Map.of("code", code, "message", message));
	}

	/** A message activity carrying one Adaptive Card. */
	static Map<String, Object> message(Map<String, Object> card) {
		return Map.of("type", "message", "attachments", List.of(Map.of("contentType", CARD, "content", card)));
	}

	private static Map<String, Object> card(List<?> body, List<?> actions) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("type", "AdaptiveCard");
		content.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		content.put("version", VERSION);
		content.put("body", body);
		if (!actions.isEmpty()) {
			content.put("actions", actions);
		}
		return content;
	}

	/**
	 * One button: {@code Action.Execute} with the action's verb and data, and an
	 * {@code Action.Submit} fallback whose data carries the verb too — Submit has none of
	 * its own, and the message that brings it back must be recognisable.
	 */
	private static Map<String, Object> button(String title, CardAction action, @Nullable String style) {
		Map<String, Object> submitData = new LinkedHashMap<>(action.data());
		submitData.put("verb", action.verb());
		Map<String, Object> button = new LinkedHashMap<>();
		button.put("type", "Action.Execute");
		button.put("title", title);
		button.put("verb", action.verb());
		button.put("data", action.data());
		if (style != null) {
			button.put("style", style);
		}
		button.put("fallback", Map.of("type", "Action.Submit", "title", title, "data", submitData));
		return button;
	}

	private static Map<String, Object> showCard(String title, Map<String, Object> input, Map<String, Object> submit) {
		return Map.of("type", "Action.ShowCard", "title", title, "card",
				Map.of("type", "AdaptiveCard", "body", List.of(input), "actions", List.of(submit)));
	}

	/**
	 * A link button, for web links only (the dashboard may be plain http on a developer's
	 * machine): no other scheme belongs on a card.
	 */
	private static List<Object> openUrl(String title, URI url) {
		if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())) {
			return List.of();
		}
		return List.of(Map.of("type", "Action.OpenUrl", "title", title, "url", url.toString()));
	}

	private static void items(List<Object> body, List<String> items) {
		for (String item : items.subList(0, Math.min(items.size(), MAX_RECAP_ITEMS))) {
			Map<String, Object> block = new LinkedHashMap<>(text("• " + shorten(item, MAX_ITEM_LENGTH), true));
			block.put("spacing", "Small");
			body.add(block);
		}
		if (items.size() > MAX_RECAP_ITEMS) {
			int more = items.size() - MAX_RECAP_ITEMS;
			body.add(text("… och " + more + " till i Kollegan / and " + more + " more in Kollegan", true));
		}
	}

	private static String describe(RecapNotice.Action action) {
		return action.text() + " — " + ((action.owner() != null) ? action.owner() : "ingen ansvarig / no owner") + ", "
				+ ((action.due() != null) ? action.due().toString() : "inget datum / no date");
	}

	private static String shorten(String text, int max) {
		return (text.length() > max) ? text.substring(0, max - 1) + "…" : text;
	}

	private static Map<String, Object> heading(String text) {
		return Map.of("type", "TextBlock", "text", text, "weight", "Bolder", "size", "Medium", "wrap", true);
	}

	private static Map<String, Object> subheading(String text) {
		return Map.of("type", "TextBlock", "text", text, "weight", "Bolder", "spacing", "Medium", "wrap", true);
	}

	private static Map<String, Object> fact(ConsentLevel level, String meaning) {
		return fact(levelName(level), meaning);
	}

	private static Map<String, Object> fact(String title, String value) {
		return Map.of("title", title, "value", value);
	}

	@SafeVarargs
	private static Map<String, Object> facts(Map<String, Object>... facts) {
		return Map.of("type", "FactSet", "facts", List.of(facts));
	}

	/**
	 * Text from elsewhere (an action, an item's title), set apart from Kollegan's own.
	 */
	private static Map<String, Object> quoted(String text) {
		return Map.of("type", "Container", "style", "emphasis", "items", List.of(text(text, true)));
	}

	private static String hej(@Nullable String name) {
		return (name != null) ? "Hej " + name + "! " : "Hej! ";
	}

	private static String hi(@Nullable String name) {
		return (name != null) ? "Hi " + name + "! " : "Hi! ";
	}

	private static Map<String, Object> text(String text, boolean wrap) {
		return Map.of("type", "TextBlock", "text", text, "wrap", wrap);
	}

	private static String levelName(ConsentLevel level) {
		return switch (level) {
			case BAS -> "Bas";
			case PLUS -> "Plus";
			case JURIDIK -> "Juridik";
		};
	}

	private static String name(Person person) {
		if (person.name() != null) {
			return person.name();
		}
		return (person.email() != null) ? person.email().value() : "";
	}

}
