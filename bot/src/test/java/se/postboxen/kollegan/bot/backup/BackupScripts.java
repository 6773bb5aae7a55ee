package se.postboxen.kollegan.bot.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scripts in {@code infra/backup/} as an operator would, from the repository's
 * copy, and says how they ended.
 */
final class BackupScripts {

	/** What a script printed and how it exited. */
	record Run(int exitCode, String output) {

	}

	private BackupScripts() {
	}

	/** {@code infra/backup}, found from the module the tests run in or the root. */
	static Path directory() {
		Path here = Path.of("").toAbsolutePath();
		for (Path dir = here; dir != null; dir = dir.getParent()) {
			Path scripts = dir.resolve("infra").resolve("backup");
			if (Files.isExecutable(scripts.resolve("backup.sh"))) {
				return scripts;
			}
		}
		throw new IllegalStateException("infra/backup/backup.sh not found above " + here);
	}

	static Run run(String script, List<String> arguments, Map<String, String> environment)
			throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of("bash", directory().resolve(script).toString()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		// Only what the test gives: no DATABASE_URL or PG* of the machine leaks in.
		builder.environment().keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("DATABASE_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException(script + " did not finish in five minutes");
		}
		return new Run(process.exitValue(), output);
	}

	/** Whether a command is on the PATH, as the scripts look for it. */
	static boolean installed(String tool) throws IOException, InterruptedException {
		return new ProcessBuilder("bash", "-c", "command -v " + tool).start().waitFor() == 0;
	}

}
