package se.postboxen.kollegan.bot.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code infra/backup/rotate.sh} on backups with fixed dates: 30 daily copies, the
 * earliest of each month for 90 days, the newest always, nothing else, checksums with
 * their dumps, and other files left alone.
 */
class BackupRotationTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@TempDir
	Path dir;

	private void backupsFrom(LocalDate first, LocalDate last) throws IOException {
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			Files.writeString(this.dir.resolve("kollegan-" + day + ".dump"), "dump of " + day);
			Files.writeString(this.dir.resolve("kollegan-" + day + ".dump.sha256"), "checksum of " + day);
		}
	}

	private BackupScripts.Run rotate() throws Exception {
		return BackupScripts.run("rotate.sh", List.of(this.dir.toString(), TODAY.toString()), Map.of());
	}

	private List<LocalDate> kept() throws IOException {
		try (Stream<Path> files = Files.list(this.dir)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".dump"))
				.map(name -> LocalDate.parse(name.substring("kollegan-".length(), name.length() - ".dump".length())))
				.sorted()
				.toList();
		}
	}

	@Test
	void keepsThirtyDailyCopiesAndTheFirstOfEachMonthForNinetyDays() throws Exception {
		backupsFrom(TODAY.minusDays(150), TODAY);
		Files.writeString(this.dir.resolve("notes.txt"), "not a backup");

		BackupScripts.Run run = rotate();

		assertThat(run.exitCode()).as(run.output()).isZero();
		// 1 September is 86 days old, 1 October 56: monthly. 1 August (117) and the
		// other days of August to October are gone; 28 October is the oldest daily (29).
		assertThat(kept()).containsExactlyElementsOf(
				Stream
					.concat(Stream.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1)),
							LocalDate.of(2026, 10, 28).datesUntil(TODAY.plusDays(1)))
					.toList());
		for (LocalDate day : kept()) {
			assertThat(this.dir.resolve("kollegan-" + day + ".dump.sha256")).exists();
		}
		assertThat(this.dir.resolve("kollegan-2026-08-29.dump.sha256")).as("deleted with its dump").doesNotExist();
		assertThat(this.dir.resolve("notes.txt")).exists();
		assertThat(run.output()).contains("kept    kollegan-2026-09-01.dump (monthly)")
			.contains("deleted kollegan-2026-10-27.dump");
	}

	@Test
	void aMonthWhoseFirstBackupIsMissingKeepsItsEarliestAndAMonthOverNinetyDaysKeepsNone() throws Exception {
		backupsFrom(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 31));
		backupsFrom(LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 5));
		backupsFrom(TODAY.minusDays(2), TODAY);

		assertThat(rotate().exitCode()).isZero();

		assertThat(kept()).containsExactly(LocalDate.of(2026, 10, 3), TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
	}

	@Test
	void theNewestBackupStaysWhenBackupsStoppedLongAgo() throws Exception {
		backupsFrom(TODAY.minusDays(210), TODAY.minusDays(200));

		assertThat(rotate().exitCode()).isZero();

		assertThat(kept()).containsExactly(TODAY.minusDays(200));
	}

	@Test
	void rotatingAgainDeletesNothingMore() throws Exception {
		backupsFrom(TODAY.minusDays(120), TODAY);
		rotate();
		List<LocalDate> once = kept();

		BackupScripts.Run again = rotate();

		assertThat(kept()).isEqualTo(once);
		assertThat(again.output()).doesNotContain("deleted");
	}

}
