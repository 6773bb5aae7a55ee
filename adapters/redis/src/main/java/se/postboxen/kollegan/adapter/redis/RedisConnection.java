package se.postboxen.kollegan.adapter.redis;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.lettuce.core.RedisURI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import redis.embedded.RedisServer;

/**
 * The Redis Kollegan talks to: the one named by {@code REDIS_URL}, or an embedded real
 * Redis on a free loopback port. Error messages name the configuration key, never the
 * value, which may hold a password.
 */
public final class RedisConnection implements DataRedisConnectionDetails, AutoCloseable {

	static final String KEY = "kollegan.redis.url (REDIS_URL)";

	private final String host;

	private final int port;

	private final int database;

	private final @Nullable String username;

	private final @Nullable String password;

	private final boolean tls;

	private final @Nullable RedisServer embedded;

	private RedisConnection(String host, int port, int database, @Nullable String username, @Nullable String password,
			boolean tls, @Nullable RedisServer embedded) {
		this.host = host;
		this.port = port;
		this.database = database;
		this.username = username;
		this.password = password;
		this.tls = tls;
		this.embedded = embedded;
	}

	static RedisConnection external(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(KEY + " is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("redis") && !scheme.equals("rediss")) {
			throw new IllegalArgumentException(KEY + " must start with redis:// or rediss://");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new IllegalArgumentException(KEY + " must name a host");
		}
		int database = 0;
		String path = uri.getPath();
		if (path != null && path.length() > 1) {
			try {
				database = Integer.parseInt(path.substring(1));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(KEY + " must end in a database number, if anything");
			}
		}
		String username = null;
		String password = null;
		if (uri.getRawUserInfo() != null) {
			String[] parts = uri.getRawUserInfo().split(":", 2);
			if (parts.length == 2) {
				username = parts[0].isEmpty() ? null : decode(parts[0]);
				password = decode(parts[1]);
			}
			else {
				// redis://secret@host is the legacy form: a password without a user.
				password = decode(parts[0]);
			}
		}
		return new RedisConnection(uri.getHost(), (uri.getPort() != -1) ? uri.getPort() : 6379, database, username,
				password, scheme.equals("rediss"), null);
	}

	static RedisConnection embedded() {
		try {
			int port = freeLoopbackPort();
			RedisServer server = RedisServer.newRedisServer()
				.bind("127.0.0.1")
				.port(port)
				// A cache and rate-limit store: nothing in it must survive a restart.
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			server.start();
			return new RedisConnection("127.0.0.1", port, 0, null, null, false, server);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded Redis", ex);
		}
	}

	private static int freeLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	/** The same server for a client of our own (the rate limiter's). */
	RedisURI toRedisUri() {
		RedisURI.Builder uri = RedisURI.builder()
			.withHost(this.host)
			.withPort(this.port)
			.withDatabase(this.database)
			.withSsl(this.tls);
		if (this.password != null) {
			if (this.username != null) {
				uri.withAuthentication(this.username, this.password.toCharArray());
			}
			else {
				uri.withPassword(this.password.toCharArray());
			}
		}
		return uri.build();
	}

	public boolean isEmbedded() {
		return this.embedded != null;
	}

	boolean tls() {
		return this.tls;
	}

	/** Where Redis is, without credentials: safe to log. */
	public String description() {
		return (isEmbedded() ? "embedded Redis" : "external Redis") + " at " + (this.tls ? "rediss://" : "redis://")
				+ this.host + ":" + this.port + "/" + this.database;
	}

	@Override
	public @Nullable String getUsername() {
		return this.username;
	}

	@Override
	public @Nullable String getPassword() {
		return this.password;
	}

	@Override
	public Standalone getStandalone() {
		return Standalone.of(this.host, this.port, this.database);
	}

	@Override
	public void close() throws IOException {
		if (this.embedded != null) {
			this.embedded.stop();
		}
	}

	@Override
	public String toString() {
		return "RedisConnection[" + description() + "]";
	}

}
