package se.postboxen.kollegan.adapter.meetingbot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reading the loosely typed JSON gateways send: absent or odd values are {@code null}.
 */
final class GatewayJson {

	private GatewayJson() {
	}

	static @Nullable String string(JsonNode node) {
		return node.isString() ? node.stringValue() : null;
	}

	/** An ISO-8601 time with offset, or {@code null} when absent or unreadable. */
	static @Nullable Instant instant(JsonNode node) {
		String value = string(node);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
