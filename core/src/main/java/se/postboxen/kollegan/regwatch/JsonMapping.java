package se.postboxen.kollegan.regwatch;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where a JSON API's items are, written in a source's selector as JSON Pointers (RFC
 * 6901): {@code items=/dokumentlista/dokument; title=/titel; url=/dokument_url_html},
 * optionally with {@code key=}, {@code date=} and {@code summary=}. {@code items} points
 * into the answer, the others into each item. Without {@code key} an item is known by its
 * URL.
 */
public record JsonMapping(String items, String title, String url, @Nullable String key, @Nullable String date,
		@Nullable String summary) {

	private static final Pattern POINTER = Pattern.compile("^(/[^/\\s;=]*)*$");

	private static final Set<String> NAMES = Set.of("items", "title", "url", "key", "date", "summary");

	public JsonMapping {
		pointer(items, "items");
		pointer(title, "title");
		pointer(url, "url");
		if (key != null) {
			pointer(key, "key");
		}
		if (date != null) {
			pointer(date, "date");
		}
		if (summary != null) {
			pointer(summary, "summary");
		}
	}

	/**
	 * @throws IllegalArgumentException naming what is wrong, for the user
	 */
	public static JsonMapping parse(@Nullable String selector) {
		if (selector == null || selector.isBlank()) {
			throw new IllegalArgumentException(
					"anger items=, title= och url= som JSON Pointer / gives items=, title= and url= as JSON Pointers");
		}
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : selector.split(";")) {
			if (part.isBlank()) {
				continue;
			}
			int equals = part.indexOf('=');
			String name = (equals > 0) ? part.substring(0, equals).strip().toLowerCase(Locale.ROOT) : "";
			if (!NAMES.contains(name) || parts.containsKey(name)) {
				throw new IllegalArgumentException(
						"okänd eller upprepad del / unknown or repeated part: " + ((equals > 0) ? name : part.strip()));
			}
			parts.put(name, part.substring(equals + 1).strip());
		}
		for (String required : new String[] { "items", "title", "url" }) {
			if (!parts.containsKey(required)) {
				throw new IllegalArgumentException("saknar / lacks " + required + "=");
			}
		}
		return new JsonMapping(parts.get("items"), parts.get("title"), parts.get("url"), parts.get("key"),
				parts.get("date"), parts.get("summary"));
	}

	private static void pointer(String value, String name) {
		Objects.requireNonNull(value, name);
		if (value.length() > 200 || !POINTER.matcher(value).matches()) {
			throw new IllegalArgumentException(
					name + "= är ingen JSON Pointer (t.ex. /a/b) / " + name + "= is not a JSON Pointer (e.g. /a/b)");
		}
	}

}
