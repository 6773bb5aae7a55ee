package se.postboxen.kollegan.adapter.persistence.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.jobs.DeadJob;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.JobType;
import se.postboxen.kollegan.tenant.TenantId;

/** The {@code agent_job} and {@code agent_job_run} tables. */
@Component
class JobStore {

	/**
	 * A queued job as the worker needs it.
	 *
	 * @param traceContext the W3C traceparent its runs continue, if it was queued in a
	 * trace
	 */
	record QueuedJob(UUID id, JobKey key, JobType type, @Nullable TenantId tenantId, String payload, int attempts,
			Instant dueAt, @Nullable String traceContext) {

	}

	private final JdbcClient jdbc;

	JobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the new job's id, or empty when the key exists
	 */
	Optional<UUID> insert(JobRequest request) {
		UUID id = UUID.randomUUID();
		int inserted = this.jdbc.sql("""
				INSERT INTO agent_job (id, job_key, type, tenant_id, owner, payload, status, due_at, trace_context)
				VALUES (:id, :key, :type, :tenantId, :owner, CAST(:payload AS jsonb), 'QUEUED', :dueAt, :traceContext)
				ON CONFLICT (job_key) DO NOTHING
				""")
			.param("id", id)
			.param("key", request.key().value())
			.param("type", request.payload().type().name())
			.param("tenantId", (request.tenantId() != null) ? request.tenantId().value() : null)
			.param("owner", (request.owner() != null) ? request.owner().value() : null)
			.param("payload", JobPayloads.write(request.payload()))
			.param("dueAt", Timestamp.from(request.runAt()))
			.param("traceContext", request.traceContext())
			.update();
		return (inserted == 1) ? Optional.of(id) : Optional.empty();
	}

	/**
	 * Counts the next attempt of a queued job, before it runs (so that an attempt that
	 * kills its worker counts too), and returns the job as it now stands; empty when the
	 * job is no longer queued.
	 */
	Optional<QueuedJob> startNextAttempt(UUID id) {
		return this.jdbc.sql("""
				UPDATE agent_job SET attempts = attempts + 1, updated_at = now()
				WHERE id = :id AND status = 'QUEUED'
				RETURNING id, job_key, type, tenant_id, payload::text AS payload, attempts, due_at, trace_context
				""").param("id", id).query((rs, row) -> {
			UUID tenant = rs.getObject("tenant_id", UUID.class);
			return new QueuedJob(rs.getObject("id", UUID.class), new JobKey(rs.getString("job_key")),
					JobType.valueOf(rs.getString("type")), (tenant != null) ? new TenantId(tenant) : null,
					rs.getString("payload"), rs.getInt("attempts"), rs.getTimestamp("due_at").toInstant(),
					rs.getString("trace_context"));
		}).optional();
	}

	/** One attempt of a job, as its run-history row records it. */
	record Run(QueuedJob job, int attempt, Instant started, Instant finished, String outcome) {

	}

	// The run row is written by the same statement that moves the job on: one round trip
	// and one commit per attempt (data-modifying CTEs always run, so the run is recorded
	// even when the job was cancelled while it ran).
	private static final String RECORD_RUN = """
			run AS (INSERT INTO agent_job_run (job_id, job_key, type, tenant_id, attempt, due_at, started_at,
			                                   finished_at, outcome, duration_ms)
			        VALUES (:jobId, :key, :type, :tenantId, :attempt, :dueAt, :started, :finished, :outcome,
			                :duration))
			""";

	/**
	 * The attempt's outcome is final: the job is done or dead (unless cancelled
	 * meanwhile).
	 */
	void finish(Run run, String status, @Nullable String error, @Nullable String stackHash) {
		withRun(this.jdbc.sql("WITH moved AS (UPDATE agent_job SET status = :status, finished_at = :finished, "
				+ "last_error = coalesce(:error, last_error), stack_hash = coalesce(:hash, stack_hash), "
				+ "updated_at = now() WHERE id = :jobId AND status = 'QUEUED' RETURNING id), " + RECORD_RUN
				+ "SELECT count(*) FROM moved"), run)
			.param("status", status)
			.param("error", error)
			.param("hash", stackHash)
			.query(Long.class)
			.single();
	}

	/**
	 * The attempt failed and the job runs again at {@code dueAt}.
	 * @return whether the job is still queued (not cancelled meanwhile)
	 */
	boolean retryLater(Run run, Instant dueAt, String error, @Nullable String stackHash) {
		return withRun(this.jdbc.sql("WITH moved AS (UPDATE agent_job SET due_at = :nextDue, last_error = :error, "
				+ "stack_hash = :hash, updated_at = now() WHERE id = :jobId AND status = 'QUEUED' RETURNING id), "
				+ RECORD_RUN + "SELECT count(*) FROM moved"), run)
			.param("nextDue", Timestamp.from(dueAt))
			.param("error", error)
			.param("hash", stackHash)
			.query(Long.class)
			.single() == 1;
	}

	private static JdbcClient.StatementSpec withRun(JdbcClient.StatementSpec statement, Run run) {
		QueuedJob job = run.job();
		return statement.param("jobId", job.id())
			.param("key", job.key().value())
			.param("type", job.type().name())
			.param("tenantId", (job.tenantId() != null) ? job.tenantId().value() : null)
			.param("attempt", run.attempt())
			.param("dueAt", Timestamp.from(job.dueAt()))
			.param("started", Timestamp.from(run.started()))
			.param("finished", Timestamp.from(run.finished()))
			.param("outcome", run.outcome())
			.param("duration", run.finished().toEpochMilli() - run.started().toEpochMilli());
	}

	/**
	 * @return the ids of the jobs that were queued and are now cancelled
	 */
	List<UUID> cancel(String column, String value) {
		return this.jdbc
			.sql("UPDATE agent_job SET status = 'CANCELLED', finished_at = now(), updated_at = now() " + "WHERE "
					+ column + " = :value AND status = 'QUEUED' RETURNING id")
			.param("value", value)
			.query(UUID.class)
			.list();
	}

	List<DeadJob> dead(TenantId tenantId, int limit) {
		return this.jdbc.sql("""
				SELECT id, job_key, type, tenant_id, attempts, last_error, stack_hash, finished_at
				FROM agent_job WHERE tenant_id = :tenantId AND status = 'DEAD'
				ORDER BY finished_at DESC, id LIMIT :limit
				""").param("tenantId", tenantId.value()).param("limit", limit).query((rs, row) -> {
			UUID tenant = rs.getObject("tenant_id", UUID.class);
			return new DeadJob(rs.getObject("id", UUID.class), new JobKey(rs.getString("job_key")),
					JobType.valueOf(rs.getString("type")), (tenant != null) ? new TenantId(tenant) : null,
					rs.getInt("attempts"), String.valueOf(rs.getString("last_error")), rs.getString("stack_hash"),
					rs.getTimestamp("finished_at").toInstant());
		}).list();
	}

	/** Back to the queue with fresh attempts; only a dead job of this tenant. */
	Optional<JobKey> requeueDead(TenantId tenantId, UUID id, Instant dueAt) {
		return this.jdbc.sql("""
				UPDATE agent_job SET status = 'QUEUED', attempts = 0, due_at = :dueAt, finished_at = NULL,
				       updated_at = now()
				WHERE id = :id AND tenant_id = :tenantId AND status = 'DEAD'
				RETURNING job_key
				""")
			.param("id", id)
			.param("tenantId", tenantId.value())
			.param("dueAt", Timestamp.from(dueAt))
			.query(String.class)
			.optional()
			.map(JobKey::new);
	}

	boolean deleteDead(TenantId tenantId, UUID id) {
		return this.jdbc.sql("DELETE FROM agent_job WHERE id = :id AND tenant_id = :tenantId AND status = 'DEAD'")
			.param("id", id)
			.param("tenantId", tenantId.value())
			.update() == 1;
	}

	boolean hasQueued(String keyPrefix) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM agent_job WHERE status = 'QUEUED' AND starts_with(job_key, :prefix))")
			.param("prefix", keyPrefix)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Retention: finished and cancelled jobs and run history older than {@code cutoff};
	 * dead jobs stay for a person.
	 */
	void deleteFinishedBefore(Instant cutoff) {
		this.jdbc.sql("DELETE FROM agent_job_run WHERE started_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
		this.jdbc.sql("DELETE FROM agent_job WHERE status IN ('DONE', 'CANCELLED') AND finished_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

}
