package se.postboxen.kollegan.adapter.teams;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.adapter.teams.api.Activity;

/**
 * Where in Teams an answer goes: the conversation and the Bot Connector that serves it.
 * Core keeps it as an opaque string ({@link #encode}) with a command or a meeting.
 */
public record TeamsAddress(String serviceUrl, String conversationId) {

	private static final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public TeamsAddress {
		Objects.requireNonNull(serviceUrl, "serviceUrl");
		Objects.requireNonNull(conversationId, "conversationId");
	}

	/** Where to answer an activity: its own conversation, through its own connector. */
	public static Optional<TeamsAddress> of(Activity activity) {
		if (activity.serviceUrl() == null || activity.conversation() == null || activity.conversation().id() == null) {
			return Optional.empty();
		}
		return Optional.of(new TeamsAddress(activity.serviceUrl(), activity.conversation().id()));
	}

	/** {@code {"serviceUrl":…,"conversationId":…}}. */
	public String encode() {
		return json.writeValueAsString(this);
	}

	static Optional<TeamsAddress> decode(@Nullable String encoded) {
		if (encoded == null) {
			return Optional.empty();
		}
		try {
			TeamsAddress address = json.readValue(encoded, TeamsAddress.class);
			return Optional.ofNullable(address);
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

}
