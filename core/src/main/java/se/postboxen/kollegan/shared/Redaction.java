package se.postboxen.kollegan.shared;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes tokens, credentials and secrets from text that leaves our control (log lines,
 * stored error messages): JSON Web Tokens, {@code Authorization} values, passwords in
 * URLs and {@code key=value} secrets.
 */
public final class Redaction {

	public static final String REDACTED = "[REDACTED]";

	private record Rule(Pattern pattern, String replacement) {

	}

	private static final List<Rule> RULES = List.of(
			// JSON Web Tokens (three base64url parts, the first one a JSON header).
			new Rule(Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"), REDACTED),
			// Slack tokens (bot, user, app, refresh …), wherever they appear.
			new Rule(Pattern.compile("\\bxox[abeoprs]-[A-Za-z0-9-]{8,}"), REDACTED),
			// Authorization header values.
			new Rule(Pattern.compile("(?i)\\b(Bearer|Basic|Digest)\\s+[A-Za-z0-9._~+/=-]{6,}"), "$1 " + REDACTED),
			// Credentials in URLs: scheme://user:password@host.
			new Rule(Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://[^:/@\\s]+:)[^@\\s/]+@"), "$1" + REDACTED + "@"),
			// key=value and "key": "value" for names that hold secrets.
			new Rule(Pattern.compile("(?i)(\\\"?\\b(?:authorization|password|passwd|pwd|secret|client[_-]?secret|"
					+ "access[_-]?token|refresh[_-]?token|id[_-]?token|token|api[_-]?key|signing[_-]?secret|"
					+ "cookie|set-cookie)\\b\\\"?\\s*[:=]\\s*\\\"?)([^\\s\\\"&,;]+)"), "$1" + REDACTED));

	private Redaction() {
	}

	public static String redact(String text) {
		String result = text;
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(result);
			if (matcher.find()) {
				result = matcher.replaceAll(rule.replacement());
			}
		}
		return result;
	}

}
