package se.postboxen.kollegan.adapter.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseConnectionIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void embeddedPostgresKeepsItsDataAcrossRestarts() throws Exception {
		try (DatabaseConnection first = DatabaseConnection.embedded(this.dataDir)) {
			assertThat(first.isEmbedded()).isTrue();
			assertThat(first.description()).contains(this.dataDir.toString()).doesNotContain("password");
			execute(first, "CREATE TABLE survivor (name text); INSERT INTO survivor VALUES ('kvar')");
		}
		try (DatabaseConnection second = DatabaseConnection.embedded(this.dataDir);
				Connection connection = DriverManager.getConnection(second.getJdbcUrl(), second.getUsername(),
						second.getPassword());
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT name FROM survivor")) {
			assertThat(rs.next()).isTrue();
			assertThat(rs.getString(1)).isEqualTo("kvar");
		}
	}

	private static void execute(DatabaseConnection db, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(db.getJdbcUrl(), db.getUsername(), db.getPassword());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
