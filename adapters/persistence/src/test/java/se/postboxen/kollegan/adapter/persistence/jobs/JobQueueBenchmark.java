package se.postboxen.kollegan.adapter.persistence.jobs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.awaitility.Awaitility;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.adapter.persistence.DatabaseConnection;
import se.postboxen.kollegan.adapter.persistence.PersistenceTestApplication;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;

/**
 * The queue's throughput and timeliness, against the same machine's Postgres write speed
 * measured by pgbench in the same run (shared machines are noisy: only ratios mean much).
 * Not a test; run by {@code bench/jobs.sh}.
 *
 * <ol>
 * <li>Throughput: {@code jobs} jobs due now, queued by ten producers, enqueue → run
 * (no-op) → done, in jobs/s; pgbench single-row inserts per second with 10 clients on the
 * same server; the ratio.</li>
 * <li>Timeliness: {@code spread} jobs due evenly over {@code window}; lateness (start −
 * due) p50/p99 against the polling interval.</li>
 * </ol>
 */
public final class JobQueueBenchmark {

	private JobQueueBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int jobs = Integer.parseInt(System.getProperty("jobs", "5000"));
		int spread = Integer.parseInt(System.getProperty("spread", "10000"));
		Duration window = Duration.parse(System.getProperty("window", "PT5M"));
		Path dataDir = Files.createTempDirectory("kollegan-bench");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PersistenceTestApplication.class)
			.web(WebApplicationType.NONE)
			.run("--kollegan.persistence.data-dir=" + dataDir, "--logging.level.root=WARN")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			JobQueue queue = context.getBean(JobQueue.class);
			DatabaseConnection database = context.getBean(DatabaseConnection.class);
			Duration polling = context.getBean(JobsProperties.class).pollingInterval();

			double jobsPerSecond = throughput(queue, jdbc, jobs);
			double pgbenchTps = pgbench(database, dataDir);
			double bareTasksPerSecond = dbSchedulerAlone(context.getBean(DataSource.class),
					context.getBean(JobsProperties.class), jobs);
			System.out.printf(Locale.ROOT, "throughput: %d no-op jobs end to end: %.0f jobs/s%n", jobs, jobsPerSecond);
			System.out.printf(Locale.ROOT, "pgbench: single-row insert, 10 clients, 20 s: %.0f tps%n", pgbenchTps);
			System.out.printf(Locale.ROOT, "ratio jobs/s : pgbench tps = %.2f (goal >= 0.30)%n",
					jobsPerSecond / pgbenchTps);
			System.out.printf(Locale.ROOT,
					"db-scheduler alone: %d no-op one-time tasks, same settings: %.0f tasks/s, ratio to pgbench %.2f%n",
					jobs, bareTasksPerSecond, bareTasksPerSecond / pgbenchTps);

			long[] lateness = timeliness(queue, jdbc, spread, window);
			double p50 = lateness[0] / 1000.0;
			double p99 = lateness[1] / 1000.0;
			double goal = 1.2 * polling.toMillis() / 1000.0 + 1;
			System.out.printf(Locale.ROOT,
					"timeliness: %d jobs due over %s, polling %d ms: lateness p50 %.3f s, p99 %.3f s, max %.3f s "
							+ "(goal p99 <= %.1f s)%n",
					spread, window, polling.toMillis(), p50, p99, lateness[2] / 1000.0, goal);
		}
	}

	/**
	 * Ten producers, as pgbench has ten clients: a real Kollegan queues jobs from many
	 * requests at once, and one producer would measure its own round trips instead.
	 */
	private static double throughput(JobQueue queue, JdbcClient jdbc, int jobs) throws Exception {
		Instant start = Instant.now();
		ExecutorService producers = Executors.newFixedThreadPool(10);
		try {
			List<Future<?>> enqueued = new ArrayList<>();
			for (int i = 0; i < jobs; i++) {
				String key = "bench:throughput:" + i;
				enqueued.add(producers.submit(() -> queue.enqueue(new JobRequest(new JobKey(key),
						new JobPayload.PushAction(ActionItemId.newId()), null, null, Instant.now()))));
			}
			for (Future<?> future : enqueued) {
				future.get();
			}
		}
		finally {
			producers.shutdown();
		}
		waitFor(jdbc, "bench:throughput:", jobs, Duration.ofMinutes(10));
		return jobs / (Duration.between(start, Instant.now()).toMillis() / 1000.0);
	}

	/**
	 * The base's own ceiling: db-scheduler with a no-op one-time task, the same threads,
	 * polling and lock-and-fetch as agent-jobs, and ten producers — what agent-jobs would
	 * reach if its own bookkeeping cost nothing.
	 */
	private static double dbSchedulerAlone(DataSource dataSource, JobsProperties properties, int jobs)
			throws Exception {
		OneTimeTask<Void> noop = Tasks.oneTime("bench-noop").execute((instance, context) -> {
		});
		JdbcClient jdbc = JdbcClient.create(dataSource);
		// A table of its own, so that agent-jobs' scheduler in the same database does not
		// see tasks it has no implementation for.
		jdbc.sql("CREATE TABLE bench_scheduled_tasks (LIKE scheduled_tasks INCLUDING ALL)").update();
		Scheduler scheduler = Scheduler.create(dataSource, noop)
			.tableName("bench_scheduled_tasks")
			.threads(properties.threads())
			.pollingInterval(properties.pollingInterval())
			.pollUsingLockAndFetch(0.5, 1.0)
			.schedulerName(new SchedulerName.Fixed("bench"))
			.build();
		scheduler.start();
		try {
			Instant start = Instant.now();
			ExecutorService producers = Executors.newFixedThreadPool(10);
			try {
				List<Future<?>> scheduled = new ArrayList<>();
				for (int i = 0; i < jobs; i++) {
					String id = "bench-" + i;
					scheduled.add(producers.submit(() -> scheduler.schedule(noop.instance(id), Instant.now())));
				}
				for (Future<?> future : scheduled) {
					future.get();
				}
			}
			finally {
				producers.shutdown();
			}
			Awaitility.await()
				.atMost(Duration.ofMinutes(10))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> jdbc.sql("SELECT count(*) FROM bench_scheduled_tasks").query(Long.class).single() == 0);
			return jobs / (Duration.between(start, Instant.now()).toMillis() / 1000.0);
		}
		finally {
			scheduler.stop();
		}
	}

	private static long[] timeliness(JobQueue queue, JdbcClient jdbc, int jobs, Duration window) {
		Instant first = Instant.now().plusSeconds(5);
		long step = window.toNanos() / jobs;
		for (int i = 0; i < jobs; i++) {
			queue.enqueue(new JobRequest(new JobKey("bench:timeliness:" + i),
					new JobPayload.PushAction(ActionItemId.newId()), null, null, first.plusNanos(step * i)));
		}
		waitFor(jdbc, "bench:timeliness:", jobs, window.plusMinutes(5));
		List<Long> late = jdbc.sql("""
				SELECT (EXTRACT(EPOCH FROM (started_at - due_at)) * 1000)::bigint
				FROM agent_job_run WHERE starts_with(job_key, 'bench:timeliness:') ORDER BY 1
				""").query(Long.class).list();
		return new long[] { late.get(late.size() / 2), late.get((int) Math.ceil(late.size() * 0.99) - 1),
				late.get(late.size() - 1) };
	}

	private static void waitFor(JdbcClient jdbc, String prefix, int count, Duration limit) {
		Awaitility.await()
			.atMost(limit)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM agent_job WHERE status = 'DONE' AND starts_with(job_key, :prefix)")
				.param("prefix", prefix)
				.query(Long.class)
				.single() >= count);
	}

	/**
	 * pgbench's inserts per second against the same server, with a one-row insert script.
	 */
	private static double pgbench(DatabaseConnection database, Path dataDir) throws Exception {
		Matcher port = Pattern.compile(":(\\d+)/").matcher(database.getJdbcUrl());
		if (!port.find()) {
			throw new IllegalStateException("No port in the database URL");
		}
		try (var connection = java.sql.DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
				database.getPassword()); var statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS pgbench_insert (id bigserial PRIMARY KEY, v integer)");
		}
		Path script = dataDir.resolve("insert.sql");
		Files.writeString(script, "INSERT INTO pgbench_insert (v) VALUES (1);\n", StandardCharsets.UTF_8);
		List<String> command = new ArrayList<>(List.of("pgbench", "-h", "127.0.0.1", "-p", port.group(1), "-U",
				"postgres", "-n", "-c", "10", "-j", "2", "-T", "20", "-f", script.toString(), "postgres"));
		Process pgbench = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (pgbench.waitFor() != 0) {
			throw new IllegalStateException("pgbench failed:\n" + output);
		}
		Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
		if (!tps.find()) {
			throw new IllegalStateException("No tps in pgbench output:\n" + output);
		}
		return Double.parseDouble(tps.group(1));
	}

}
