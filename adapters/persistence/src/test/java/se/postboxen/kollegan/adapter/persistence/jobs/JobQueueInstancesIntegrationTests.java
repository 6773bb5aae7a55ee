package se.postboxen.kollegan.adapter.persistence.jobs;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.adapter.persistence.DatabaseConnection;
import se.postboxen.kollegan.adapter.persistence.PersistenceTestApplication;
import se.postboxen.kollegan.adapter.persistence.ScriptedJobs;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.meeting.MeetingId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several instances on one database, as replicas run: each job once, each tick once, no
 * job lost to a crash.
 */
class JobQueueInstancesIntegrationTests {

	/**
	 * Heartbeats every second, 10 missed: a dead worker's jobs are taken over after about
	 * 10 s. db-scheduler notices a dead execution up to about two heartbeats after it is
	 * overdue, so many short heartbeats keep recovery close to the timeout.
	 */
	static final Duration HEARTBEAT = Duration.ofSeconds(1);

	static final int MISSED_HEARTBEATS = 10;

	static final Duration DEAD_EXECUTION_TIMEOUT = HEARTBEAT.multipliedBy(MISSED_HEARTBEATS);

	@TempDir
	Path dataDir;

	private static List<String> settings(String... extra) {
		List<String> args = new ArrayList<>(List.of("--kollegan.jobs.polling-interval=100ms",
				"--kollegan.jobs.heartbeat-interval=" + HEARTBEAT.toSeconds() + "s",
				"--kollegan.jobs.missed-heartbeats-limit=" + MISSED_HEARTBEATS));
		args.addAll(List.of(extra));
		return args;
	}

	private static ConfigurableApplicationContext start(List<String> args) {
		return new SpringApplicationBuilder(PersistenceTestApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	private static String urlOf(ConfigurableApplicationContext context) {
		return context.getBean(DatabaseConnection.class)
			.getJdbcUrl()
			.replace("jdbc:postgresql://", "postgres://postgres@");
	}

	@Test
	void twoInstancesRunEachJobAndEachScheduleTickOnce() {
		try (ConfigurableApplicationContext first = start(settings("--kollegan.persistence.data-dir=" + this.dataDir,
				"--kollegan.test.every-second=true", "--kollegan.jobs.instance-name=first"))) {
			try (ConfigurableApplicationContext second = start(settings("--kollegan.persistence.url=" + urlOf(first),
					"--kollegan.test.every-second=true", "--kollegan.jobs.instance-name=second"))) {
				JdbcClient jdbc = first.getBean(JdbcClient.class);
				List<JobQueue> queues = List.of(first.getBean(JobQueue.class), second.getBean(JobQueue.class));
				List<String> keys = new ArrayList<>();
				for (int i = 0; i < 200; i++) {
					String key = "instances:" + UUID.randomUUID();
					keys.add(key);
					queues.get(i % 2)
						.enqueue(new JobRequest(new JobKey(key), new JobPayload.PushAction(ActionItemId.newId()), null,
								null, Instant.now()));
				}

				await().atMost(Duration.ofSeconds(30))
					.until(() -> jdbc
						.sql("SELECT count(*) FROM agent_job WHERE status = 'DONE' AND job_key LIKE 'instances:%'")
						.query(Long.class)
						.single() == 200);
				assertThat(keys).allSatisfy(key -> assertThat(ScriptedJobs.runs(key)).hasSize(1));
				assertThat(jdbc.sql("SELECT count(DISTINCT picked_by) FROM scheduled_tasks").query(Long.class).single())
					.as("no execution left behind")
					.isLessThanOrEqualTo(2);

				await().atMost(Duration.ofSeconds(15))
					.until(() -> jdbc.sql(
							"SELECT count(*) FROM agent_job WHERE status = 'DONE' AND job_key LIKE 'schedule:every-second:%'")
						.query(Long.class)
						.single() >= 3);
				List<String> ticks = jdbc
					.sql("SELECT job_key FROM agent_job WHERE job_key LIKE 'schedule:every-second:%' "
							+ "AND status = 'DONE'")
					.query(String.class)
					.list();
				assertThat(ticks).allSatisfy(tick -> assertThat(ScriptedJobs.runs(tick)).hasSize(1));
				assertThat(jdbc
					.sql("SELECT count(DISTINCT job_key) = count(*) FROM agent_job_run "
							+ "WHERE job_key LIKE 'schedule:every-second:%'")
					.query(Boolean.class)
					.single()).as("each tick ran once").isTrue();
			}
		}
	}

	@Test
	void aWorkerKilledMidJobLosesNothingAndRepeatsNoSideEffect() throws Exception {
		int jobs = 1000;
		try (ConfigurableApplicationContext api = start(
				settings("--kollegan.persistence.data-dir=" + this.dataDir, "--kollegan.jobs.workers=false"))) {
			JdbcClient jdbc = api.getBean(JdbcClient.class);
			jdbc.sql("CREATE TABLE job_side_effect (job_key text PRIMARY KEY, runs integer NOT NULL)").update();
			JobQueue queue = api.getBean(JobQueue.class);
			for (int i = 0; i < jobs; i++) {
				queue.enqueue(new JobRequest(new JobKey("kill:" + i), new JobPayload.JoinMeeting(MeetingId.newId()),
						null, null, Instant.now()));
			}
			String url = urlOf(api);
			Process doomed = startWorker(url, "doomed");
			await().atMost(Duration.ofSeconds(60)).until(() -> picked(jdbc, "doomed") > 0);
			try (ConfigurableApplicationContext survivor = start(settings("--kollegan.persistence.url=" + url,
					"--kollegan.test.side-effects=true", "--kollegan.jobs.instance-name=survivor"))) {
				await().atMost(Duration.ofSeconds(30)).until(() -> picked(jdbc, "survivor") > 0);

				List<String> orphans = jdbc
					.sql("SELECT task_instance FROM scheduled_tasks WHERE picked AND picked_by = 'doomed'")
					.query(String.class)
					.list();
				doomed.destroyForcibly();
				Instant killed = Instant.now();
				assertThat(doomed.waitFor(10, TimeUnit.SECONDS)).isTrue();
				assertThat(orphans).as("jobs the killed worker was running").isNotEmpty();

				await().atMost(Duration.ofSeconds(60))
					.until(() -> jdbc.sql("SELECT count(*) FROM agent_job WHERE id::text IN (:ids) AND status = 'DONE'")
						.param("ids", orphans)
						.query(Long.class)
						.single() == orphans.size());
				Duration recovery = Duration.between(killed, Instant.now());

				await().atMost(Duration.ofSeconds(90))
					.until(() -> jdbc
						.sql("SELECT count(*) FROM agent_job WHERE job_key LIKE 'kill:%' AND status = 'DONE'")
						.query(Long.class)
						.single() == jobs);
				assertThat(jdbc.sql("SELECT count(*) FROM job_side_effect").query(Long.class).single())
					.as("one side effect per job, none lost, none doubled")
					.isEqualTo(jobs);
				assertThat(recovery).as("recovery after kill -9")
					.isLessThanOrEqualTo(Duration.ofMillis(DEAD_EXECUTION_TIMEOUT.toMillis() * 3 / 2));
				System.out.printf("kill test: %d orphaned jobs taken over in %d ms (dead-execution timeout %d ms)%n",
						orphans.size(), recovery.toMillis(), DEAD_EXECUTION_TIMEOUT.toMillis());
			}
			finally {
				doomed.destroyForcibly();
			}
		}
	}

	@Test
	void aStoppingInstanceFinishesWhatItIsRunning() {
		try (ConfigurableApplicationContext api = start(
				settings("--kollegan.persistence.data-dir=" + this.dataDir, "--kollegan.jobs.workers=false"))) {
			JdbcClient jdbc = api.getBean(JdbcClient.class);
			jdbc.sql("CREATE TABLE job_side_effect (job_key text PRIMARY KEY, runs integer NOT NULL)").update();
			JobQueue queue = api.getBean(JobQueue.class);
			for (int i = 0; i < 100; i++) {
				queue.enqueue(new JobRequest(new JobKey("stop:" + i), new JobPayload.JoinMeeting(MeetingId.newId()),
						null, null, Instant.now()));
			}
			ConfigurableApplicationContext worker = start(settings("--kollegan.persistence.url=" + urlOf(api),
					"--kollegan.test.side-effects=true", "--kollegan.jobs.instance-name=stopping"));
			await().atMost(Duration.ofSeconds(30)).until(() -> picked(jdbc, "stopping") > 0);

			worker.close();

			assertThat(picked(jdbc, "stopping")).as("nothing left half-run").isZero();
			assertThat(jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key LIKE 'stop:%' AND status = 'DONE'")
				.query(Long.class)
				.single()).as("finished jobs have their side effect")
				.isEqualTo(jdbc.sql("SELECT count(*) FROM job_side_effect").query(Long.class).single());
		}
	}

	private static long picked(JdbcClient jdbc, String worker) {
		return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE picked AND picked_by = :worker")
			.param("worker", worker)
			.query(Long.class)
			.single();
	}

	private Process startWorker(String url, String name) throws Exception {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
				System.getProperty("java.class.path"), JobWorkerMain.class.getName()));
		command.addAll(settings("--kollegan.persistence.url=" + url, "--kollegan.test.side-effects=true",
				"--kollegan.jobs.instance-name=" + name, "--spring.main.banner-mode=off"));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(new File(this.dataDir.toFile(), name + ".log"))
			.start();
	}

}
