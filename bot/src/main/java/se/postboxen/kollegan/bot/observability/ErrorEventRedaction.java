package se.postboxen.kollegan.bot.observability;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.sentry.Breadcrumb;
import io.sentry.Hint;
import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.SentryException;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.shared.Redaction;

/**
 * What an error event may say before it leaves for Sentry ({@code beforeSend} and
 * {@code beforeBreadcrumb}). Every text passes through the logs' {@link Redaction}
 * (tokens, credentials, secrets), and then loses e-mail addresses and quoted material:
 * libraries quote the input they fail on (a JSON parser's {@code Unrecognized token
 * 'Anna sa att …'}, a database's {@code Key (email)=(…)}), and that input may be a
 * transcript or a person's address. No request (body, cookies, headers, query) and no
 * user is ever sent; the events carry the route and the correlation id as tags instead.
 */
final class ErrorEventRedaction {

	static final int MAX_TEXT = 500;

	private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private static final Pattern QUOTED = Pattern
		.compile("'[^'\\n]*'|\"[^\"\\n]*\"|‘[^’\\n]*’|“[^”\\n]*”|«[^»\\n]*»|`[^`\\n]*`");

	// Postgres' details: Key (column)=(value).
	private static final Pattern VALUE_IN_PARENTHESES = Pattern.compile("=\\([^)\\n]*\\)");

	private ErrorEventRedaction() {
	}

	static SentryEvent event(SentryEvent event, Hint hint) {
		event.setRequest(null);
		event.setUser(null);
		Message message = event.getMessage();
		if (message != null) {
			message.setFormatted(scrubbed(message.getFormatted()));
			message.setMessage(scrubbed(message.getMessage()));
			message.setParams(null);
		}
		List<SentryException> exceptions = event.getExceptions();
		if (exceptions != null) {
			exceptions.forEach(exception -> exception.setValue(scrubbed(exception.getValue())));
		}
		List<Breadcrumb> breadcrumbs = event.getBreadcrumbs();
		if (breadcrumbs != null) {
			breadcrumbs.forEach(breadcrumb -> breadcrumb(breadcrumb, hint));
		}
		Map<String, String> tags = event.getTags();
		if (tags != null) {
			tags.replaceAll((name, value) -> scrub(value));
		}
		Map<String, Object> extras = event.getExtras();
		if (extras != null) {
			extras.replaceAll((name, value) -> scrub(String.valueOf(value)));
		}
		event.setTransaction(scrubbed(event.getTransaction()));
		return event;
	}

	static Breadcrumb breadcrumb(Breadcrumb breadcrumb, Hint hint) {
		breadcrumb.setMessage(scrubbed(breadcrumb.getMessage()));
		breadcrumb.getData().replaceAll((name, value) -> scrub(String.valueOf(value)));
		return breadcrumb;
	}

	private static @Nullable String scrubbed(@Nullable String text) {
		return (text != null) ? scrub(text) : null;
	}

	static String scrub(String text) {
		String scrubbed = Redaction.redact(text);
		scrubbed = EMAIL.matcher(scrubbed).replaceAll(Redaction.REDACTED);
		scrubbed = QUOTED.matcher(scrubbed).replaceAll(Redaction.REDACTED);
		scrubbed = VALUE_IN_PARENTHESES.matcher(scrubbed).replaceAll("=(" + Redaction.REDACTED + ")");
		return (scrubbed.length() > MAX_TEXT) ? scrubbed.substring(0, MAX_TEXT) + "…" : scrubbed;
	}

}
