package se.postboxen.kollegan.adapter.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The Postgres server Kollegan talks to: the one named by {@code DATABASE_URL}, or an
 * embedded real Postgres whose data lives under the data directory. Spring Boot builds
 * the connection pool from these details.
 */
public final class DatabaseConnection implements JdbcConnectionDetails, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseConnection.class);

	private final String jdbcUrl;

	private final @Nullable String username;

	private final @Nullable String password;

	private final String description;

	private final @Nullable EmbeddedPostgres embedded;

	private DatabaseConnection(String jdbcUrl, @Nullable String username, @Nullable String password, String description,
			@Nullable EmbeddedPostgres embedded) {
		this.jdbcUrl = jdbcUrl;
		this.username = username;
		this.password = password;
		this.description = description;
		this.embedded = embedded;
	}

	static DatabaseConnection external(DatabaseUrl url) {
		return new DatabaseConnection(url.jdbcUrl(), url.username(), url.password(),
				"external Postgres at " + url.describe(), null);
	}

	/**
	 * Starts an embedded Postgres whose data directory persists across restarts; it is
	 * initialised only on first start.
	 */
	static DatabaseConnection embedded(Path dataDir) {
		Path pgData = dataDir.toAbsolutePath().normalize().resolve("postgres");
		try {
			Files.createDirectories(pgData.getParent());
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("listen_addresses", "127.0.0.1")
				.start();
			logger.debug("Embedded Postgres listening on 127.0.0.1:{}", postgres.getPort());
			return new DatabaseConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null,
					"embedded Postgres in " + pgData + " on 127.0.0.1:" + postgres.getPort(), postgres);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the embedded Postgres in " + pgData, ex);
		}
	}

	public boolean isEmbedded() {
		return this.embedded != null;
	}

	/** Where the data lives, without credentials: safe to log. */
	public String description() {
		return this.description;
	}

	@Override
	public String getJdbcUrl() {
		return this.jdbcUrl;
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
	public void close() throws IOException {
		if (this.embedded != null) {
			this.embedded.close();
		}
	}

	@Override
	public String toString() {
		return "DatabaseConnection[" + this.description + "]";
	}

}
