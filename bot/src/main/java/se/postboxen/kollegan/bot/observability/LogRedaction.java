package se.postboxen.kollegan.bot.observability;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The last line of defence for secrets in logs: every string value of every JSON log line
 * (message, exception, stack trace, context) passes through here, and tokens, credentials
 * and secrets in {@code key=value} form are replaced before the line is written. Code
 * should not log them in the first place; this catches what a library or an exception
 * message lets slip. Registered by {@code logging.structured.json.customizer}.
 */
public class LogRedaction implements StructuredLoggingJsonMembersCustomizer<Object> {

	static final String REDACTED = "[REDACTED]";

	private record Rule(Pattern pattern, String replacement) {

	}

	private static final List<Rule> RULES = List.of(
			// JSON Web Tokens (three base64url parts, the first one a JSON header).
			new Rule(Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"), REDACTED),
			// Authorization header values.
			new Rule(Pattern.compile("(?i)\\b(Bearer|Basic|Digest)\\s+[A-Za-z0-9._~+/=-]{6,}"), "$1 " + REDACTED),
			// Credentials in URLs: scheme://user:password@host.
			new Rule(Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://[^:/@\\s]+:)[^@\\s/]+@"), "$1" + REDACTED + "@"),
			// key=value and "key": "value" for names that hold secrets.
			new Rule(Pattern.compile("(?i)(\\\"?\\b(?:authorization|password|passwd|pwd|secret|client[_-]?secret|"
					+ "access[_-]?token|refresh[_-]?token|id[_-]?token|token|api[_-]?key|signing[_-]?secret|"
					+ "cookie|set-cookie)\\b\\\"?\\s*[:=]\\s*\\\"?)([^\\s\\\"&,;]+)"), "$1" + REDACTED));

	@Override
	public void customize(JsonWriter.Members<Object> members) {
		members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, LogRedaction::redact));
	}

	static String redact(String value) {
		String result = value;
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(result);
			if (matcher.find()) {
				result = matcher.replaceAll(rule.replacement());
			}
		}
		return result;
	}

}
