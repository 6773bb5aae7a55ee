package se.postboxen.kollegan.adapter.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.MeetingId;

/**
 * What a consent button carries back when clicked: its {@code value},
 * {@code {"meetingId": …, "level": …}}. Slack returns the value as it was posted, inside
 * a signed request.
 */
record ConsentButton(MeetingId meetingId, ConsentLevel level) {

	static final String ACCEPT = "consent_accept";

	static final String DECLINE = "consent_decline";

	private static final JsonMapper json = JsonMapper.builder().build();

	String value() {
		// Ordered: Map.of's order changes from run to run, and a button value should not.
		Map<String, String> value = new LinkedHashMap<>();
		value.put("meetingId", this.meetingId.toString());
		value.put("level", this.level.name());
		return json.writeValueAsString(value);
	}

	/** The button's value, or empty when it is not one Kollegan posted. */
	static Optional<ConsentButton> parse(String value) {
		try {
			JsonNode node = json.readTree(value);
			return Optional.of(new ConsentButton(new MeetingId(UUID.fromString(node.path("meetingId").asString())),
					ConsentLevel.valueOf(node.path("level").asString())));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
