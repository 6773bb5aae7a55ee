package se.postboxen.kollegan.adapter.persistence.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.adapter.persistence.ScriptedJobs;
import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.jobs.DeadJob;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/** agent-jobs against real Postgres with db-scheduler polling every 100 ms. */
@StoreIntegrationTest
class JdbcJobQueueIntegrationTests {

	@Autowired
	JobQueue queue;

	@Autowired
	Transactions transactions;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobStore store;

	TenantId tenant;

	@BeforeEach
	void tenant() {
		this.tenant = TestTenants.create(this.tenants);
	}

	private static String newKey(String prefix) {
		return prefix + ":" + UUID.randomUUID();
	}

	private JobRequest push(String key, Instant runAt, JobOwner owner) {
		return new JobRequest(new JobKey(key), new JobPayload.PushAction(ActionItemId.newId()), this.tenant, owner,
				runAt);
	}

	private String status(String key) {
		return this.jdbc.sql("SELECT status FROM agent_job WHERE job_key = :key")
			.param("key", key)
			.query(String.class)
			.single();
	}

	@Test
	void runsADelayedJobNoEarlierThanItIsDue() {
		String key = newKey("push");
		Instant due = Instant.now().plusSeconds(2);

		assertThat(this.queue.enqueue(push(key, due, null))).isTrue();

		await().atMost(Duration.ofSeconds(15)).until(() -> "DONE".equals(status(key)));
		assertThat(ScriptedJobs.runs(key)).singleElement()
			.satisfies(run -> assertThat(run.at()).isAfterOrEqualTo(due.minusMillis(5)));
	}

	@Test
	void retriesWithExponentialBackoffThenDeadLettersAndRetriesFromThereOnce() {
		String key = newKey("push");
		ScriptedJobs.script(key, context -> {
			throw new IllegalStateException("Planner svarade 503, token=hemlig-token-123");
		});

		this.queue.enqueue(push(key, Instant.now(), null));

		await().atMost(Duration.ofSeconds(40)).until(() -> "DEAD".equals(status(key)));
		List<ScriptedJobs.Run> runs = ScriptedJobs.runs(key);
		assertThat(runs).extracting(ScriptedJobs.Run::attempt).containsExactly(1, 2, 3, 4, 5);
		// 1, 2, 4, 8 s (+ up to 10 % jitter), late by at most a poll and a bit of work.
		long[] base = { 1000, 2000, 4000, 8000 };
		for (int i = 0; i < base.length; i++) {
			long gap = Duration.between(runs.get(i).at(), runs.get(i + 1).at()).toMillis();
			assertThat(gap).as("wait before attempt %d", i + 2).isBetween(base[i], (long) (base[i] * 1.1) + 1000);
		}
		DeadJob dead = this.queue.dead(this.tenant, 10)
			.stream()
			.filter(job -> job.key().value().equals(key))
			.findFirst()
			.orElseThrow();
		assertThat(dead.attempts()).isEqualTo(5);
		assertThat(dead.lastError()).contains("Planner svarade 503").doesNotContain("hemlig-token-123");
		assertThat(dead.stackHash()).hasSize(12);
		assertThat(this.jdbc.sql("SELECT count(*) FROM agent_job_run WHERE job_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isEqualTo(5);

		ScriptedJobs.script(key, context -> JobOutcome.done());
		assertThat(this.queue.retryDead(this.tenant, dead.id())).contains(new JobKey(key));
		assertThat(this.queue.retryDead(this.tenant, dead.id())).as("only a dead job can be retried").isEmpty();

		await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(status(key)));
		assertThat(ScriptedJobs.runs(key)).hasSize(6).last().satisfies(run -> assertThat(run.attempt()).isEqualTo(1));
	}

	@Test
	void aPermanentFailureGoesStraightToTheDeadLetterQueue() {
		String key = newKey("push");
		ScriptedJobs.script(key, context -> JobOutcome.failPermanently("Trello-listan finns inte"));

		this.queue.enqueue(push(key, Instant.now(), null));

		await().atMost(Duration.ofSeconds(10)).until(() -> "DEAD".equals(status(key)));
		assertThat(ScriptedJobs.runs(key)).hasSize(1);
		assertThat(this.queue.dead(this.tenant, 10)).singleElement()
			.satisfies(job -> assertThat(job.lastError()).isEqualTo("Trello-listan finns inte"));
	}

	@Test
	void honoursARetryAtFromTheHandler() {
		String key = newKey("push");
		Instant retryAt = Instant.now().plusSeconds(3);
		ScriptedJobs.script(key, context -> (context.attempt() == 1) ? JobOutcome.retryAt(retryAt, "Retry-After: 3")
				: JobOutcome.done());

		this.queue.enqueue(push(key, Instant.now(), null));

		await().atMost(Duration.ofSeconds(15)).until(() -> "DONE".equals(status(key)));
		assertThat(ScriptedJobs.runs(key)).hasSize(2)
			.last()
			.satisfies(run -> assertThat(run.at()).isAfterOrEqualTo(retryAt.minusMillis(5)));
	}

	@Test
	void enqueueingOneKeyFromTenThreadsQueuesOneJob() throws Exception {
		String key = newKey("nudge");
		ExecutorService threads = Executors.newFixedThreadPool(10);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Boolean>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 10; i++) {
				results.add(threads.submit(() -> {
					start.await();
					return this.queue.enqueue(push(key, Instant.now().plusSeconds(1), null));
				}));
			}
			start.countDown();
			long queued = 0;
			for (Future<Boolean> result : results) {
				queued += result.get() ? 1 : 0;
			}
			assertThat(queued).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(status(key)));
		assertThat(ScriptedJobs.runs(key)).hasSize(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aJobQueuedInATransactionThatRollsBackNeverExists() {
		String key = newKey("push");

		assertThatIllegalStateException().isThrownBy(() -> this.transactions.inTransaction(() -> {
			this.queue.enqueue(push(key, Instant.now(), null));
			throw new IllegalStateException("the recap failed");
		}));

		assertThat(this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'agent-jobs' "
					+ "AND task_instance NOT IN (SELECT id::text FROM agent_job)")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void cancelsEveryPendingJobOfAnOwnerAndByKey() {
		JobOwner owner = new JobOwner("meeting:" + UUID.randomUUID());
		List<String> keys = List.of(newKey("push"), newKey("push"), newKey("push"));
		for (String key : keys) {
			this.queue.enqueue(push(key, Instant.now().plusSeconds(30), owner));
		}
		String other = newKey("push");
		this.queue.enqueue(push(other, Instant.now().plusSeconds(30), null));

		assertThat(this.queue.cancelOwnedBy(owner)).isEqualTo(3);
		assertThat(this.queue.cancel(new JobKey(other))).isTrue();
		assertThat(this.queue.cancel(new JobKey(other))).as("already cancelled").isFalse();

		for (String key : keys) {
			assertThat(status(key)).isEqualTo("CANCELLED");
		}
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM scheduled_tasks s JOIN agent_job j ON s.task_instance = j.id::text "
					+ "WHERE j.status = 'CANCELLED'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void housekeepingRemovesFinishedJobsAndTheirHistoryButKeepsTheDead() {
		String done = newKey("push");
		String dead = newKey("push");
		ScriptedJobs.script(dead, context -> JobOutcome.failPermanently("kept for a person"));
		this.queue.enqueue(push(done, Instant.now(), null));
		this.queue.enqueue(push(dead, Instant.now(), null));
		await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(status(done)) && "DEAD".equals(status(dead)));

		this.store.deleteFinishedBefore(Instant.now().plus(Duration.ofDays(1)));

		assertThat(this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key = :key")
			.param("key", done)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM agent_job_run WHERE job_key IN (:keys)")
			.param("keys", List.of(done, dead))
			.query(Long.class)
			.single()).isZero();
		assertThat(status(dead)).isEqualTo("DEAD");
	}

}
