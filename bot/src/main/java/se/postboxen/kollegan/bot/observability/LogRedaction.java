package se.postboxen.kollegan.bot.observability;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

import se.postboxen.kollegan.shared.Redaction;

/**
 * The last line of defence for secrets in logs: every string value of every JSON log line
 * (message, exception, stack trace, context) passes through {@link Redaction} before the
 * line is written. Code should not log secrets in the first place; this catches what a
 * library or an exception message lets slip. Registered by
 * {@code logging.structured.json.customizer}.
 */
public class LogRedaction implements StructuredLoggingJsonMembersCustomizer<Object> {

	@Override
	public void customize(JsonWriter.Members<Object> members) {
		members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, Redaction::redact));
	}

}
