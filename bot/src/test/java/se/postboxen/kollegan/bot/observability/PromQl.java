package se.postboxen.kollegan.bot.observability;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which metrics a PromQL expression selects, without a PromQL parser: strings,
 * label matchers, ranges and the label lists of {@code by}, {@code on} and the like are
 * taken out, and what is left of the names is a metric, a recording rule
 * ({@code level:metric:operation}) or a function (followed by a parenthesis).
 */
final class PromQl {

	private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`");

	private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");

	private static final Pattern RANGE = Pattern.compile("\\[[^\\]]*]");

	private static final Pattern LABEL_LIST = Pattern
		.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");

	private static final Pattern NAME = Pattern.compile("(?<![\\w.$])[a-zA-Z_:][a-zA-Z0-9_:]*");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on",
			"ignoring", "group_left", "group_right", "inf", "nan", "atan2");

	private static final Pattern BUCKET_BOUND = Pattern
		.compile("([a-zA-Z_:][a-zA-Z0-9_:]*_bucket)\\s*\\{[^}]*\\ble\\s*=\\s*\"([^\"]+)\"");

	private PromQl() {
	}

	static Set<String> metricNames(String expr) {
		String rest = MATCHERS.matcher(STRING.matcher(expr).replaceAll("\"\"")).replaceAll(" ");
		rest = LABEL_LIST.matcher(RANGE.matcher(rest).replaceAll(" ")).replaceAll(" ");
		Set<String> names = new TreeSet<>();
		Matcher name = NAME.matcher(rest);
		while (name.find()) {
			boolean function = rest.substring(name.end()).stripLeading().startsWith("(");
			if (!function && !KEYWORDS.contains(name.group())) {
				names.add(name.group());
			}
		}
		return names;
	}

	/**
	 * The {@code le} bounds the expression asks of histogram buckets, by bucket metric.
	 */
	static Map<String, Set<String>> bucketBounds(String expr) {
		Map<String, Set<String>> bounds = new TreeMap<>();
		Matcher bound = BUCKET_BOUND.matcher(expr);
		while (bound.find()) {
			bounds.computeIfAbsent(bound.group(1), bucket -> new TreeSet<>()).add(bound.group(2));
		}
		return bounds;
	}

}
