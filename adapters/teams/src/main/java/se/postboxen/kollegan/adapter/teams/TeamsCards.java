package se.postboxen.kollegan.adapter.teams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;

/**
 * Kollegan's Adaptive Cards for Teams (schema 1.5, the newest Teams renders), Swedish
 * first, and the answers to their buttons. The consent buttons are {@code Action.Execute}
 * with the verb {@code consent}, falling back to {@code Action.Submit} with the same data
 * on clients without Universal Actions; both arrive here as a {@link ConsentAction}.
 *
 * @see <a href=
 * "https://learn.microsoft.com/en-US/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/work-with-universal-actions-for-adaptive-cards">Work
 * with Universal Actions for Adaptive Cards</a>
 */
public final class TeamsCards {

	/** The verb of the consent buttons. */
	public static final String CONSENT_VERB = "consent";

	static final String CARD = "application/vnd.microsoft.card.adaptive";

	private static final String ERROR = "application/vnd.microsoft.error";

	private TeamsCards() {
	}

	/** An answer given with the consent card's buttons. */
	public record ConsentAction(MeetingId meetingId, ConsentLevel level, ConsentAnswer answer) {

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

		Map<String, Object> data() {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("meetingId", this.meetingId.toString());
			data.put("level", this.level.name());
			data.put("answer", this.answer.name());
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
		body.add(Map.of("type", "TextBlock", "text", "Kollegan – " + card.meetingTitle(), "weight", "Bolder", "size",
				"Medium", "wrap", true));
		String organizer = (card.organizer() != null) ? name(card.organizer()) : null;
		body.add(text(((organizer != null) ? organizer + " har bjudit in" : "Mötet har bjudit in")
				+ " Kollegan, en AI-kollega som antecknar mötet och skriver sammanfattningen. Får Kollegan vara med på nivån **"
				+ levelName(card.level()) + "**?", true));
		body.add(text(((organizer != null) ? organizer + " invited" : "This meeting invited")
				+ " Kollegan, an AI colleague that takes notes and writes the recap. May Kollegan take part at the **"
				+ levelName(card.level()) + "** level?", true));
		body.add(Map.of("type", "FactSet", "facts", List.of(fact(ConsentLevel.BAS,
				"anteckningar och sammanfattning, ingen transkription sparas / notes and recap, no transcript kept"),
				fact(ConsentLevel.PLUS,
						"transkriptionen sparas under lagringstiden, insikter om intressenter / transcript kept for the retention period, stakeholder insights"),
				fact(ConsentLevel.JURIDIK,
						"full transkription, juridisk analys, längre lagring och granskningslogg / full transcript, legal analysis, longer retention and audit"))));
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("type", "AdaptiveCard");
		content.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		content.put("version", "1.5");
		content.put("body", body);
		content.put("actions", List.of(
				button("Godkänn / Accept", new ConsentAction(card.meetingId(), card.level(), ConsentAnswer.ACCEPTED),
						"positive"),
				button("Avböj / Decline", new ConsentAction(card.meetingId(), card.level(), ConsentAnswer.DECLINED),
						"destructive")));
		return content;
	}

	/** The card shown to a person in place of the question once they answered. */
	public static Map<String, Object> thanks(ConsentAction action) {
		String level = levelName(action.level());
		boolean accepted = action.answer() == ConsentAnswer.ACCEPTED;
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("type", "AdaptiveCard");
		content.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
		content.put("version", "1.5");
		content.put("body",
				List.of(text("**Tack / Thanks!**", false),
						text(accepted ? "Du har godkänt att Kollegan är med på nivån " + level + "."
								: "Du har avböjt att Kollegan är med.", true),
						text(accepted ? "You accepted Kollegan at the " + level + " level."
								: "You declined Kollegan in this meeting.", true)));
		return content;
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

	private static Map<String, Object> button(String title, ConsentAction action, String style) {
		Map<String, Object> submitData = new LinkedHashMap<>(action.data());
		// Action.Submit has no verb: the data carries it, so that the message that
		// brings it back is recognisable.
		submitData.put("verb", CONSENT_VERB);
		Map<String, Object> button = new LinkedHashMap<>();
		button.put("type", "Action.Execute");
		button.put("title", title);
		button.put("verb", CONSENT_VERB);
		button.put("data", action.data());
		button.put("style", style);
		button.put("fallback", Map.of("type", "Action.Submit", "title", title, "data", submitData));
		return button;
	}

	private static Map<String, Object> fact(ConsentLevel level, String meaning) {
		return Map.of("title", levelName(level), "value", meaning);
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
