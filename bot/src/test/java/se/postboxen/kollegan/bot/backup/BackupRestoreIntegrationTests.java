package se.postboxen.kollegan.bot.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore end to end, with the scripts an operator runs and Debian's
 * PostgreSQL 15 client: a database is populated (the schema by the application's own
 * migrations, the rows copied from the running application's demo data across every
 * table), backed up with {@code infra/backup/backup.sh}, destroyed and made again empty,
 * and restored with {@code restore.sh}; then every table has its row count again and its
 * first rows by primary key, compared as text. A restore onto a database that is not
 * empty, and of a backup that does not match its checksum, is refused. Without
 * {@code pg_dump} this fails (install {@code postgresql-client}:
 * {@code .ci/backup-tools.sh}).
 */
@KolleganIntegrationTest
class BackupRestoreIntegrationTests {

	/** A database of its own on the application's embedded server. */
	private static final String DATABASE = "kollegan_backup_test";

	/** Rows compared per table. */
	private static final int SAMPLE = 25;

	@Autowired
	JdbcConnectionDetails application;

	@Autowired
	JdbcClient applicationJdbc;

	@TempDir
	Path backups;

	private URI server;

	@BeforeEach
	void toolsAndAnEmptyDatabase() throws Exception {
		for (String tool : List.of("pg_dump", "pg_restore", "psql", "sha256sum")) {
			assertThat(BackupScripts.installed(tool))
				.as("%s is needed: install Debian's postgresql-client 15 (.ci/backup-tools.sh)", tool)
				.isTrue();
		}
		this.server = URI.create(this.application.getJdbcUrl().substring("jdbc:".length()));
		recreate();
	}

	@AfterEach
	void dropTheDatabase() {
		this.applicationJdbc.sql("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)").update();
	}

	@Test
	void aPopulatedDatabaseBackedUpDestroyedAndRestoredHasEveryRowAgain() throws Exception {
		populate();
		Map<String, Long> counts = counts();
		Map<String, List<String>> samples = samples();
		assertThat(counts.values().stream().filter(rows -> rows > 0).count()).as("tables with rows")
			.isGreaterThanOrEqualTo(15);

		BackupScripts.Run backup = BackupScripts.run("backup.sh", List.of(), environment());
		assertThat(backup.exitCode()).as(backup.output()).isZero();
		Path dump = this.backups.resolve("kollegan-2026-11-26.dump");
		assertThat(dump).isNotEmptyFile();
		assertThat(this.backups.resolve("kollegan-2026-11-26.dump.sha256")).content()
			.matches("[0-9a-f]{64}  kollegan-2026-11-26\\.dump\\n");

		recreate();
		assertThat(counts()).as("destroyed").isEmpty();
		BackupScripts.Run restore = BackupScripts.run("restore.sh", List.of(dump.toString()), environment());

		assertThat(restore.exitCode()).as(restore.output()).isZero();
		assertThat(counts()).isEqualTo(counts);
		assertThat(samples()).isEqualTo(samples);

		BackupScripts.Run again = BackupScripts.run("restore.sh", List.of(dump.toString()), environment());
		assertThat(again.exitCode()).as("a database that is not empty is not restored over").isEqualTo(4);
		assertThat(again.output()).contains("is not empty");
		assertThat(counts()).isEqualTo(counts);
	}

	@Test
	void aBackupThatDoesNotMatchItsChecksumIsNotRestored() throws Exception {
		populate();
		assertThat(BackupScripts.run("backup.sh", List.of(), environment()).exitCode()).isZero();
		Path dump = this.backups.resolve("kollegan-2026-11-26.dump");
		byte[] bytes = Files.readAllBytes(dump);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(dump, bytes);
		recreate();

		BackupScripts.Run restore = BackupScripts.run("restore.sh", List.of(dump.toString()), environment());

		assertThat(restore.exitCode()).isEqualTo(3);
		assertThat(restore.output()).contains("does not match its checksum");
		assertThat(counts()).isEmpty();
	}

	/** As an operator sets it: the application's form of a database URL. */
	private Map<String, String> environment() {
		return Map.of("DATABASE_URL",
				"postgres://postgres@" + this.server.getHost() + ":" + this.server.getPort() + "/" + DATABASE,
				"BACKUP_DIR", this.backups.toString(), "BACKUP_DATE", "2026-11-26");
	}

	private void recreate() {
		dropTheDatabase();
		this.applicationJdbc.sql("CREATE DATABASE " + DATABASE).update();
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(
				"jdbc:postgresql://" + this.server.getHost() + ":" + this.server.getPort() + "/" + database, "postgres",
				"");
	}

	private JdbcClient jdbc(Connection connection) {
		return JdbcClient.create(new SingleConnectionDataSource(connection, true));
	}

	/**
	 * The schema by the migrations, then every table's rows copied from the running
	 * application (foreign keys unchecked while copying: the rows are consistent where
	 * they come from, and tables are copied in no particular order).
	 */
	private void populate() throws Exception {
		Flyway.configure()
			.dataSource("jdbc:postgresql://" + this.server.getHost() + ":" + this.server.getPort() + "/" + DATABASE,
					"postgres", "")
			.locations("classpath:db/migration")
			.load()
			.migrate();
		List<String> tables = this.applicationJdbc.sql("""
				SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
				    AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history' ORDER BY table_name
				""").query(String.class).list();
		try (Connection source = connect("postgres"); Connection target = connect(DATABASE)) {
			JdbcClient into = jdbc(target);
			into.sql("SET session_replication_role = replica").update();
			into.sql("TRUNCATE " + String.join(", ", tables)).update();
			for (String table : tables) {
				ByteArrayOutputStream rows = new ByteArrayOutputStream();
				source.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY " + table + " TO STDOUT", rows);
				target.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY " + table + " FROM STDIN", new ByteArrayInputStream(rows.toByteArray()));
			}
		}
	}

	/** Rows per table of the test database (none when it has no tables). */
	private Map<String, Long> counts() throws SQLException {
		try (Connection connection = connect(DATABASE)) {
			JdbcClient jdbc = jdbc(connection);
			Map<String, Long> counts = new LinkedHashMap<>();
			for (String table : tables(jdbc)) {
				counts.put(table, jdbc.sql("SELECT count(*) FROM \"" + table + "\"").query(Long.class).single());
			}
			return counts;
		}
	}

	/** Each table's first rows by primary key, as text. */
	private Map<String, List<String>> samples() throws SQLException {
		try (Connection connection = connect(DATABASE)) {
			JdbcClient jdbc = jdbc(connection);
			Map<String, List<String>> samples = new LinkedHashMap<>();
			for (String table : tables(jdbc)) {
				List<String> key = jdbc.sql("""
						SELECT a.attname FROM pg_index i
						JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
						WHERE i.indrelid = ('public.' || :table)::regclass AND i.indisprimary
						ORDER BY array_position(i.indkey, a.attnum)
						""").param("table", table).query(String.class).list();
				String order = key.isEmpty() ? "t::text"
						: String.join(", ", key.stream().map(column -> "t.\"" + column + "\"").toList());
				samples.put(table,
						jdbc.sql("SELECT t::text FROM \"" + table + "\" t ORDER BY " + order + " LIMIT " + SAMPLE)
							.query(String.class)
							.list());
			}
			return samples;
		}
	}

	private static List<String> tables(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
				    AND table_type = 'BASE TABLE' ORDER BY table_name
				""").query(String.class).list();
	}

}
