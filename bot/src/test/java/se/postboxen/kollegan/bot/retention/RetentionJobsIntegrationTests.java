package se.postboxen.kollegan.bot.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.retention.RetentionJobs;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sweep through agent-jobs: the nightly schedule is registered, its job queues one
 * sweep per tenant (once, however often it runs), and a tenant's sweep runs on the
 * queue's own workers. The fan-out's jobs are queued for a night far ahead and cancelled
 * afterwards, so the demo tenants are never swept.
 */
@KolleganIntegrationTest
class RetentionJobsIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	JobQueue queue;

	@Autowired
	RetentionJobs jobs;

	@Test
	void theSweepIsScheduledEveryNight() {
		assertThat(this.jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'schedule-retention-sweep'")
			.query(Long.class)
			.single()).isOne();
		assertThat(RetentionJobs.SCHEDULE.cron()).isEqualTo("0 0 3 * * *");
	}

	@Test
	void theNightsJobQueuesOneSweepPerTenantHoweverOftenItRuns() {
		RetainedRows rows = RetainedRows.newTenant(this.tenants, this.jdbc, ConsentLevel.PLUS, Instant.now());
		Instant night = Instant.now().plus(Duration.ofDays(3650)).truncatedTo(ChronoUnit.DAYS);
		JobContext context = new JobContext(new JobKey("schedule:retention-sweep:" + night.getEpochSecond()), null, 1,
				night);
		String keys = "retention:%:" + night.getEpochSecond();
		try {
			this.jobs.handle(new JobPayload.RetentionSweep(), context);
			this.jobs.handle(new JobPayload.RetentionSweep(), context);

			List<UUID> swept = this.jdbc
				.sql("SELECT tenant_id FROM agent_job WHERE job_key LIKE :keys AND status = 'QUEUED'")
				.param("keys", keys)
				.query(UUID.class)
				.list();
			assertThat(swept).doesNotHaveDuplicates()
				.contains(rows.tenantId.value(), this.tenants.findBySlug("demo-a").orElseThrow().id().value(),
						this.tenants.findBySlug("demo-b").orElseThrow().id().value());
		}
		finally {
			this.jdbc.sql("SELECT job_key FROM agent_job WHERE job_key LIKE :keys")
				.param("keys", keys)
				.query(String.class)
				.list()
				.forEach(key -> this.queue.cancel(new JobKey(key)));
		}
	}

	@Test
	void aTenantsSweepRunsOnTheQueuesOwnWorkers() {
		RetainedRows rows = RetainedRows.newTenant(this.tenants, this.jdbc, ConsentLevel.PLUS, Instant.now());
		rows.document(rows.ago(91, 0));
		rows.document(rows.ago(1, 0));
		String key = "retention:" + rows.tenantId + ":" + UUID.randomUUID();

		this.queue.enqueue(
				new JobRequest(new JobKey(key), new JobPayload.RetentionSweep(), rows.tenantId, null, Instant.now()));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> "DONE".equals(this.jdbc.sql("SELECT status FROM agent_job WHERE job_key = :key")
				.param("key", key)
				.query(String.class)
				.optional()
				.orElse(null)));
		assertThat(rows.count("document")).isOne();
	}

}
