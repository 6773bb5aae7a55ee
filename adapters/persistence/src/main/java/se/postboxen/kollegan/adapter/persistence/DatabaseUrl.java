package se.postboxen.kollegan.adapter.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A Postgres connection given as one URL, the way hosting platforms hand it out
 * ({@code postgres://user:password@host:5432/db?sslmode=require}), or as a JDBC URL.
 * Query parameters such as {@code sslmode} are passed through to the driver.
 *
 * <p>
 * Error messages name the configuration key, never the value: the value holds a password.
 */
record DatabaseUrl(String jdbcUrl, @Nullable String username, @Nullable String password) {

	static final String KEY = "kollegan.persistence.url (DATABASE_URL)";

	static DatabaseUrl parse(String url, @Nullable String username, @Nullable String password) {
		String trimmed = url.strip();
		String lower = trimmed.toLowerCase(Locale.ROOT);
		URI uri;
		try {
			if (lower.startsWith("jdbc:postgresql:")) {
				uri = new URI(trimmed.substring("jdbc:".length()));
			}
			else if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
				uri = new URI(trimmed);
			}
			else {
				throw new IllegalArgumentException(
						KEY + " must start with postgres://, postgresql:// or jdbc:postgresql://");
			}
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(KEY + " is not a valid URL");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new IllegalArgumentException(KEY + " must name a host");
		}
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/postgres" : uri.getRawPath();
		StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
		if (uri.getPort() != -1) {
			jdbc.append(':').append(uri.getPort());
		}
		jdbc.append(path);
		if (uri.getRawQuery() != null) {
			jdbc.append('?').append(uri.getRawQuery());
		}
		String user = username;
		String pass = password;
		if (uri.getRawUserInfo() != null) {
			String[] parts = uri.getRawUserInfo().split(":", 2);
			user = decode(parts[0]);
			if (parts.length > 1) {
				pass = decode(parts[1]);
			}
		}
		return new DatabaseUrl(jdbc.toString(), blankToNull(user), blankToNull(pass));
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/** Host, port, database and parameters, without credentials, for the start-up log. */
	String describe() {
		return this.jdbcUrl.substring("jdbc:".length());
	}

	@Override
	public String toString() {
		return "DatabaseUrl[" + describe() + "]";
	}

}
