package se.postboxen.kollegan.bot;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The runnable artifact as a user starts it: {@code java -jar bot/target/kollegan.jar} on
 * a bare machine, embedded Postgres and Redis, demo data. Run by Failsafe after
 * {@code package}.
 */
class KolleganJarIntegrationTests {

	@TempDir
	Path dataDir;

	private final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopAll() throws InterruptedException {
		for (Process process : this.started) {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	@Test
	void servesHealthWithinSixtySecondsAndKeepsAMeetingAcrossARestart() throws Exception {
		int port = freePort();
		Process first = start(port, "first");
		awaitHealthy(Api.anonymous(port));
		Api api = Api.signIn(port, "demo-a-member");

		HttpResponse<String> created = api.postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", "Överlever omstart", "joinUrl", "https://meet.google.com/abc-defg-hij",
						"startsAt", "2031-06-01T10:00:00+02:00", "endsAt", "2031-06-01T11:00:00+02:00")));
		assertThat(created.statusCode()).isEqualTo(201);
		String id = Api.json(created).get("id").asString();

		first.destroy();
		assertThat(first.waitFor(60, TimeUnit.SECONDS)).as("graceful shutdown").isTrue();
		start(port, "second");
		awaitHealthy(Api.anonymous(port));
		// A restarted development identity provider signs with a new key: sign in again.
		api = Api.signIn(port, "demo-a-member");

		HttpResponse<String> read = api.get("/api/agents/meetings/" + id);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(Api.json(read).get("title").asString()).isEqualTo("Överlever omstart");
		String log = Files.readString(this.dataDir.resolve("second.log"));
		assertThat(log).contains("Datastores: embedded Postgres in").contains("embedded Redis at");
		assertThat(log).contains("Demo tenant demo-a ready (0 meetings added)");
	}

	private Process start(int port, String name) throws IOException {
		String jar = System.getProperty("kollegan.jar", "target/kollegan.jar");
		assertThat(new File(jar)).as("the runnable jar").exists();
		ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
				jar)
			.redirectErrorStream(true)
			.redirectOutput(this.dataDir.resolve(name + ".log").toFile());
		builder.environment().put("SERVER_PORT", Integer.toString(port));
		builder.environment().put("KOLLEGAN_DATA_DIR", this.dataDir.resolve("data").toString());
		builder.environment().remove("DATABASE_URL");
		builder.environment().remove("REDIS_URL");
		Process process = builder.start();
		this.started.add(process);
		return process;
	}

	private static void awaitHealthy(Api api) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.untilAsserted(() -> {
				HttpResponse<String> health = api.get("/actuator/health");
				assertThat(health.statusCode()).isEqualTo(200);
				assertThat(Api.json(health).get("status").asString()).isEqualTo("UP");
			});
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
