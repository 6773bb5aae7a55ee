package se.postboxen.kollegan.bot.observability;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Error tracking with Sentry: unexpected failures of requests and jobs are sent to the
 * project a DSN names; without one nothing is sent and no Sentry client exists.
 *
 * @param dsn the Sentry project's DSN ({@code SENTRY_DSN}),
 * {@code https://<public key>@<host>/<project id>}
 * @param environment what Sentry files the events under ({@code SENTRY_ENVIRONMENT}); by
 * default the mode, {@code development} or {@code production}
 * @param release the release Sentry files the events under ({@code SENTRY_RELEASE}); by
 * default {@code kollegan@<version>} of the running jar
 */
@ConfigurationProperties("kollegan.error-tracking")
record ErrorTrackingProperties(@Nullable String dsn, @Nullable String environment, @Nullable String release) {

	boolean enabled() {
		return given(this.dsn);
	}

	/**
	 * The DSN, checked for the parts Sentry needs. A wrong one stops start-up with the
	 * setting's name only: the DSN carries the project's key.
	 * @throws IllegalStateException when the DSN is not a Sentry DSN
	 */
	String requireValidDsn() {
		String problem = "kollegan.error-tracking.dsn (SENTRY_DSN) must be a Sentry DSN, "
				+ "http(s)://<public key>@<host>/<project id>";
		if (this.dsn == null) {
			throw new IllegalStateException(problem);
		}
		try {
			URI uri = new URI(this.dsn.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			boolean valid = (scheme.equals("https") || scheme.equals("http")) && given(uri.getRawUserInfo())
					&& uri.getHost() != null && uri.getPath() != null && uri.getPath().matches(".*/\\d+/?");
			if (!valid) {
				throw new IllegalStateException(problem);
			}
			return uri.toString();
		}
		catch (URISyntaxException ex) {
			// Without the cause: its message quotes the DSN.
			throw new IllegalStateException(problem);
		}
	}

	static boolean given(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	/** Without the DSN's key. */
	@Override
	public String toString() {
		return "ErrorTrackingProperties[dsn=" + (enabled() ? "(set)" : "(none)") + ", environment=" + this.environment
				+ ", release=" + this.release + "]";
	}

}
