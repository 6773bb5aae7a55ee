package se.postboxen.kollegan.adapter.persistence;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The {@code DATABASE_URL} path: a Postgres server that Kollegan did not start (here a
 * separately started real one) is used as given, and a bad URL stops start-up naming the
 * key but not the value.
 */
class ExternalDatabaseIntegrationTests {

	@TempDir
	static Path serverDir;

	static DatabaseConnection server;

	@BeforeAll
	static void startServer() {
		server = DatabaseConnection.embedded(serverDir);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void usesTheServerNamedByAPostgresUrlAndMigratesIt() {
		String url = server.getJdbcUrl().replace("jdbc:postgresql://", "postgres://postgres@");

		try (ConfigurableApplicationContext context = start("kollegan.persistence.url=" + url)) {
			DatabaseConnection connection = context.getBean(DatabaseConnection.class);
			assertThat(connection.isEmbedded()).isFalse();
			assertThat(connection.description()).startsWith("external Postgres at postgresql://");
			assertThat(context.getBean(JdbcClient.class)
				.sql("SELECT count(*) FROM flyway_schema_history WHERE success")
				.query(Long.class)
				.single()).isPositive();
		}
	}

	@Test
	void failsFastNamingTheKeyButNotTheSecret() {
		assertThatException().isThrownBy(() -> start("kollegan.persistence.url=mysql://app:hemligt@db.example/k"))
			.havingRootCause()
			.withMessageContaining("DATABASE_URL")
			.withMessageNotContaining("hemligt");
	}

	private static ConfigurableApplicationContext start(String property) {
		return new SpringApplicationBuilder(PersistenceTestApplication.class).web(WebApplicationType.NONE)
			.properties(property)
			.run();
	}

}
