package se.postboxen.kollegan.bot;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import redis.embedded.RedisServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas as production runs them, on one machine: two JVMs of the runnable jar,
 * started together against one real Postgres and one real Redis that this test starts
 * ({@code DATABASE_URL}, {@code REDIS_URL}), each reached directly on its own port as a
 * load balancer without affinity would. Jobs run once, rate limits, live status and
 * sign-in sessions are shared, and demo data is seeded once. Run by Failsafe after
 * {@code package}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicasJarIntegrationTests {

	/**
	 * Per client address, on both: the test's own requests come from 127.0.0.1 and stay
	 * well within it; the rate-limit test is a client of its own behind the "load
	 * balancer".
	 */
	static final int PER_ADDRESS = 120;

	/**
	 * Two JVMs starting at once on a small machine (about half a minute on a quiet one).
	 */
	static final Duration START = Duration.ofMinutes(5);

	private final Path logs = Path.of("target", "replicas");

	private EmbeddedPostgres postgres;

	private RedisServer redis;

	private JdbcClient jdbc;

	private final List<Process> replicas = new ArrayList<>();

	private int a;

	private int b;

	@BeforeAll
	void startPostgresRedisAndTwoReplicas() throws IOException {
		Files.createDirectories(this.logs);
		this.postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Files.createTempDirectory("replicas-postgres"))
			.setCleanDataDirectory(true)
			.setServerConfig("listen_addresses", "127.0.0.1")
			.start();
		this.jdbc = JdbcClient.create(this.postgres.getPostgresDatabase());
		int redisPort = freePort();
		this.redis = RedisServer.newRedisServer()
			.bind("127.0.0.1")
			.port(redisPort)
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
		this.redis.start();
		this.a = freePort();
		this.b = freePort();
		String databaseUrl = "postgres://postgres@127.0.0.1:" + this.postgres.getPort() + "/postgres";
		String redisUrl = "redis://127.0.0.1:" + redisPort;
		start("a", this.a, databaseUrl, redisUrl);
		start("b", this.b, databaseUrl, redisUrl);
		awaitHealthy(this.a, "a");
		awaitHealthy(this.b, "b");
	}

	@AfterAll
	void stopAll() throws Exception {
		for (Process replica : this.replicas) {
			replica.destroy();
		}
		for (Process replica : this.replicas) {
			if (!replica.waitFor(30, TimeUnit.SECONDS)) {
				replica.destroyForcibly();
			}
		}
		if (this.redis != null) {
			this.redis.stop();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	void demoDataIsSeededOnceThoughBothStartedTogether() {
		await().atMost(START).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			assertThat(log("a")).contains("Demo history of demo-b ready");
			assertThat(log("b")).contains("Demo history of demo-b ready");
		});

		// Whichever replica seeded a tenant's week also records the week's meetings that
		// are over, with the history of the weeks before or after the other replica did.
		for (String slug : List.of("demo-a", "demo-b")) {
			assertThat(auditEvents(slug, "demo.seeded")).as("the week of %s", slug).isOne();
			assertThat(auditEvents(slug, "demo.history-seeded")).as("the history of %s", slug).isBetween(1L, 2L);
		}
		assertThat(this.jdbc
			.sql("""
					SELECT count(*) FROM (SELECT 1 FROM meeting GROUP BY tenant_id, title, starts_at HAVING count(*) > 1) twice
					""")
			.query(Long.class)
			.single()).as("meetings seeded twice").isZero();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM (SELECT 1 FROM regwatch_source GROUP BY tenant_id, url HAVING count(*) > 1) twice
				""").query(Long.class).single()).as("regwatch sources seeded twice").isZero();
	}

	@Test
	void eachJobRunsOnceAndBothReplicasRunJobs() {
		List<Api> replicas = List.of(Api.as(this.a, "demo-a-member"), Api.as(this.b, "demo-a-member"));
		double[] before = { joinsRun(this.a), joinsRun(this.b) };
		List<String> owners = new ArrayList<>();
		int wave = 16;
		// Which replica polls first is chance: one may take a whole wave. Waves of joins
		// are booked until both have run some (at most four), and every assertion below
		// covers all of them.
		for (int round = 0; round < 4
				&& (owners.isEmpty() || joinsRun(this.a) == before[0] || joinsRun(this.b) == before[1]); round++) {
			for (int i = 0; i < wave; i++) {
				// Joins are due a minute before the start: at once.
				owners.add("meeting:" + book(replicas.get(i % 2), "Replikamöte " + round + "-" + i, 1));
			}
			await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> this.jdbc
					.sql("SELECT count(*) FROM agent_job WHERE type = 'JOIN_MEETING' AND owner IN (:owners)"
							+ " AND status = 'DONE'")
					.param("owners", owners)
					.query(Long.class)
					.single() == owners.size());
		}
		int meetings = owners.size();

		List<Long> runsPerJoin = this.jdbc.sql("""
				SELECT count(r.id) FROM agent_job j LEFT JOIN agent_job_run r ON r.job_id = j.id
				WHERE j.type = 'JOIN_MEETING' AND j.owner IN (:owners) GROUP BY j.id
				""").param("owners", owners).query(Long.class).list();
		assertThat(runsPerJoin).as("runs of each join").hasSize(meetings).containsOnly(1L);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM (SELECT 1 FROM agent_job_run GROUP BY job_id, attempt HAVING count(*) > 1) twice
				""").query(Long.class).single()).as("attempts of any job run twice").isZero();
		double byA = joinsRun(this.a) - before[0];
		double byB = joinsRun(this.b) - before[1];
		assertThat(byA + byB).as("joins run, as each replica counts them").isGreaterThanOrEqualTo(meetings);
		assertThat(byA).as("joins run by a").isPositive();
		assertThat(byB).as("joins run by b").isPositive();
	}

	@Test
	void statusChangesReachLiveStatusClientsOfBothReplicas() {
		Queue<String> onA = statusStream(this.a);
		Queue<String> onB = statusStream(this.b);

		String bookedOnA = book(Api.as(this.a, "demo-a-member"), "Bokat hos a", 60);
		String bookedOnB = book(Api.as(this.b, "demo-a-member"), "Bokat hos b", 60);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(onA).as("a's client").anyMatch(line -> line.startsWith("data:") && line.contains(bookedOnB));
			assertThat(onB).as("b's client").anyMatch(line -> line.startsWith("data:") && line.contains(bookedOnA));
		});
	}

	@Test
	void rateLimitsAreSharedSoTheCapacityIsTheSameWhicheverReplicaAnswers() {
		// One client behind the load balancer, which names it in X-Forwarded-For.
		String client = "198.51.100.7";
		List<Api> replicas = List.of(Api.anonymous(this.a), Api.anonymous(this.b));
		List<Integer> statuses = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < 2 * PER_ADDRESS; i++) {
			statuses.add(replicas.get(i % 2).get("/api/agents/meetings", "X-Forwarded-For", client).statusCode());
		}
		double seconds = (System.nanoTime() - started) / 1e9;

		// Greedy refill: a token comes back every 60 / PER_ADDRESS seconds meanwhile.
		long refilled = (long) Math.ceil(seconds * PER_ADDRESS / 60.0);
		long answered = statuses.stream().filter(status -> status == 401).count();
		assertThat(statuses.subList(0, PER_ADDRESS)).as("within the shared capacity").containsOnly(401);
		assertThat(answered).as("answered in all, out of %d", 2 * PER_ADDRESS)
			.isBetween((long) PER_ADDRESS, PER_ADDRESS + refilled);
		List<Integer> over = statuses.subList(PER_ADDRESS, statuses.size());
		assertThat(everyOther(over, 0)).as("a's answers over it").contains(429);
		assertThat(everyOther(over, 1)).as("b's answers over it").contains(429);
		assertThat(replicas.get(0).get("/api/agents/meetings", "X-Forwarded-For", "198.51.100.8").statusCode())
			.as("another client behind the same load balancer")
			.isEqualTo(401);
	}

	@Test
	void aSessionSignedInOnOneReplicaIsSignedInOnTheOtherUntilSignedOutThere() {
		Browser onA = new Browser(this.a);
		HttpResponse<String> home = onA.signIn("erik.lund@kommun-a.example", "demo");
		assertThat(home.statusCode()).isEqualTo(200);
		String cookie = onA.setCookies()
			.stream()
			.filter(setCookie -> setCookie.startsWith("KOLLEGAN_SESSION="))
			.reduce((first, second) -> second)
			.map(setCookie -> setCookie.substring(0, setCookie.indexOf(';')))
			.orElseThrow();

		HttpResponse<String> onB = Api.anonymous(this.b).get("/", "Cookie", cookie, "Accept", "text/html");
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Erik Lund").contains("Kommun A");

		// The form's CSRF token is in the shared session too.
		HttpResponse<String> signedOut = Api.anonymous(this.b)
			.post("/logout", "application/x-www-form-urlencoded",
					HttpRequest.BodyPublishers.ofString("_csrf=" + Browser.csrf(onB)), "Cookie", cookie, "Accept",
					"text/html");
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(Api.anonymous(this.a).get("/", "Cookie", cookie, "Accept", "text/html").statusCode())
			.as("signed out on a as well")
			.isEqualTo(302);
	}

	private void start(String name, int port, String databaseUrl, String redisUrl) throws IOException {
		String jar = System.getProperty("kollegan.jar", "target/kollegan.jar");
		assertThat(new File(jar)).as("the runnable jar").exists();
		// The JIT's first tier only: these JVMs live for a minute, and two compile at
		// once.
		ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
				"-XX:TieredStopAtLevel=1", "-jar", jar)
			.redirectErrorStream(true)
			.redirectOutput(this.logs.resolve(name + ".log").toFile());
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf(key -> key.startsWith("KOLLEGAN_") || key.startsWith("SERVER_"));
		environment.put("SERVER_PORT", Integer.toString(port));
		environment.put("DATABASE_URL", databaseUrl);
		environment.put("REDIS_URL", redisUrl);
		// Demo data and the development identity provider, on an external database.
		environment.put("KOLLEGAN_DEMO", "true");
		environment.put("KOLLEGAN_DATA_DIR", Files.createTempDirectory("replica-" + name).toString());
		environment.put("KOLLEGAN_RATE_LIMIT_PER_ADDRESS", Integer.toString(PER_ADDRESS));
		this.replicas.add(builder.start());
	}

	private void awaitHealthy(int port, String name) {
		await().atMost(START)
			.pollInterval(Duration.ofSeconds(1))
			.failFast("a replica stopped (see target/replicas/*.log)",
					() -> this.replicas.stream().anyMatch(replica -> !replica.isAlive()))
			.ignoreExceptions()
			.untilAsserted(
					() -> assertThat(Api.anonymous(port).get("/actuator/health").statusCode()).as("health of %s", name)
						.isEqualTo(200));
	}

	private String log(String name) throws IOException {
		return Files.readString(this.logs.resolve(name + ".log"));
	}

	private long auditEvents(String slug, String action) {
		return this.jdbc
			.sql("SELECT count(*) FROM audit_event e JOIN tenant t ON t.id = e.tenant_id"
					+ " WHERE t.slug = :slug AND e.action = :action")
			.param("slug", slug)
			.param("action", action)
			.query(Long.class)
			.single();
	}

	/** Books a sandbox meeting starting in so many minutes; its id. */
	private static String book(Api api, String title, int minutes) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusMinutes(minutes);
		HttpResponse<String> booked = api.postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", title, "joinUrl",
						"https://sandbox.kollegan.example/meet/ok/" + UUID.randomUUID(), "startsAt", start.toString(),
						"endsAt", start.plusMinutes(30).toString())));
		assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
		return Api.json(booked).get("id").asString();
	}

	/** Join attempts this replica finished, whatever their outcome, from its metrics. */
	private static double joinsRun(int port) {
		HttpResponse<String> scrape = Api.anonymous(port).get("/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		Matcher line = Pattern.compile("^kollegan_jobs_completed_total\\{([^}]*)} (\\S+)$", Pattern.MULTILINE)
			.matcher(scrape.body());
		double total = 0;
		while (line.find()) {
			if (line.group(1).contains("type=\"JOIN_MEETING\"")) {
				total += Double.parseDouble(line.group(2));
			}
		}
		return total;
	}

	/** The replica's live status stream as demo-a's administrator, once it is live. */
	private static Queue<String> statusStream(int port) {
		Queue<String> lines = new ConcurrentLinkedQueue<>();
		HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/agents/status/stream"))
				.header("Authorization", "Bearer " + Api.as(port, "demo-a-admin").token())
				.header("Accept", "text/event-stream")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofLines())
			.thenAccept(response -> response.body().forEach(lines::add));
		await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(":kollegan"));
		return lines;
	}

	/** Every other answer, from the first or the second: those of one replica. */
	private static List<Integer> everyOther(List<Integer> statuses, int offset) {
		List<Integer> one = new ArrayList<>();
		for (int i = offset; i < statuses.size(); i += 2) {
			one.add(statuses.get(i));
		}
		return one;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
