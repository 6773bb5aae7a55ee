package se.postboxen.kollegan.adapter.teams;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.adapter.teams.api.Activity;

/**
 * Where in Teams an answer goes: the conversation and the Bot Connector that serves it,
 * and whether it is a personal (1:1) chat with Kollegan, the only kind where a person can
 * be written to alone later. Core keeps it as an opaque string ({@link #encode}) with a
 * command, a meeting or a person.
 *
 * @param personal whether the conversation is the person's 1:1 chat with Kollegan
 * ({@code conversationType: personal})
 */
public record TeamsAddress(String serviceUrl, String conversationId, boolean personal) {

	private static final String PERSONAL = "personal";

	private static final JsonMapper json = JsonMapper.builder().build();

	public TeamsAddress {
		Objects.requireNonNull(serviceUrl, "serviceUrl");
		Objects.requireNonNull(conversationId, "conversationId");
	}

	/** A group chat, meeting chat or channel. */
	public TeamsAddress(String serviceUrl, String conversationId) {
		this(serviceUrl, conversationId, false);
	}

	/** Where to answer an activity: its own conversation, through its own connector. */
	public static Optional<TeamsAddress> of(Activity activity) {
		if (activity.serviceUrl() == null || activity.conversation() == null || activity.conversation().id() == null) {
			return Optional.empty();
		}
		return Optional.of(new TeamsAddress(activity.serviceUrl(), activity.conversation().id(),
				PERSONAL.equals(activity.conversation().conversationType())));
	}

	/**
	 * {@code {"serviceUrl":…,"conversationId":…}}, with {@code "personal":true} added for
	 * a 1:1 chat only: a group chat's address is written exactly as before personal chats
	 * were told apart, so that the addresses already stored with meetings still match the
	 * ones new activities bring.
	 */
	public String encode() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("serviceUrl", this.serviceUrl);
		fields.put("conversationId", this.conversationId);
		if (this.personal) {
			fields.put(PERSONAL, true);
		}
		return json.writeValueAsString(fields);
	}

	/**
	 * The address in an encoding Kollegan wrote, old (without {@code personal}) or new.
	 */
	static Optional<TeamsAddress> decode(@Nullable String encoded) {
		if (encoded == null) {
			return Optional.empty();
		}
		try {
			JsonNode fields = json.readTree(encoded);
			String serviceUrl = fields.path("serviceUrl").asString(null);
			String conversationId = fields.path("conversationId").asString(null);
			if (serviceUrl == null || conversationId == null) {
				return Optional.empty();
			}
			return Optional.of(new TeamsAddress(serviceUrl, conversationId, fields.path(PERSONAL).asBoolean(false)));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

}
