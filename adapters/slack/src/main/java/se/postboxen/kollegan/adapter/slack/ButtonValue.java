package se.postboxen.kollegan.adapter.slack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one codec for what Kollegan's Slack controls carry back when used — a button's
 * {@code value}, an actions block's {@code block_id}: a flat JSON object of strings,
 * written in the order the keys are given (so that the same button always has the same
 * value, run after run) and read back leniently, anything not a flat object of strings
 * being no value at all. Slack returns them as posted, inside a signed request, but a
 * signed request can still carry a value Kollegan never wrote.
 */
final class ButtonValue {

	/** Slack's limit for a button value; block ids allow 255. */
	static final int MAX_LENGTH = 2000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private ButtonValue() {
	}

	/** {@code {"k1": "v1", "k2": "v2"}}, in this order. */
	static String write(String... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Keys and values come in pairs");
		}
		Map<String, String> value = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			value.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return json.writeValueAsString(value);
	}

	/** The members of a value Kollegan could have written, or empty. */
	static Optional<Map<String, String>> read(@Nullable String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		try {
			JsonNode node = json.readTree(value);
			if (node == null || !node.isObject()) {
				return Optional.empty();
			}
			Map<String, String> members = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				if (!member.getValue().isString()) {
					return Optional.empty();
				}
				members.put(member.getKey(), member.getValue().asString());
			}
			return Optional.of(Collections.unmodifiableMap(members));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

}
