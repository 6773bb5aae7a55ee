package se.postboxen.kollegan.adapter.persistence.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import io.micrometer.observation.Observation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.jobs.JobContext;
import se.postboxen.kollegan.jobs.JobHandler;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobType;

/**
 * Runs one attempt of a job picked by db-scheduler and decides what happens next: done,
 * again later by the type's retry policy (or when the handler says), or dead. The attempt
 * is counted before the handler runs, so a worker killed mid-job still uses up an attempt
 * when another instance revives the job.
 */
@Component
class JobWorker {

	private static final Logger logger = LoggerFactory.getLogger(JobWorker.class);

	private final JobStore store;

	private final Map<JobType, JobHandler<?>> handlers = new EnumMap<>(JobType.class);

	private final Clock clock;

	private final JobMetrics metrics;

	private final JobObservations observations;

	JobWorker(JobStore store, ObjectProvider<JobHandler<?>> handlers, Clock clock, JobMetrics metrics,
			JobObservations observations) {
		this.store = store;
		this.clock = clock;
		this.metrics = metrics;
		this.observations = observations;
		handlers.orderedStream().forEach(handler -> {
			if (this.handlers.putIfAbsent(handler.type(), handler) != null) {
				throw new IllegalStateException("Two handlers for job type " + handler.type());
			}
		});
	}

	CompletionHandler<Void> run(UUID id) {
		JobStore.QueuedJob job = this.store.startNextAttempt(id).orElse(null);
		if (job == null) {
			// Finished, cancelled or dead meanwhile: only the execution is left to
			// remove.
			return (complete, operations) -> operations.remove();
		}
		int attempt = job.attempts();
		// The attempt runs in its span, so its log lines carry the trace of the work
		// that queued the job, and the jobs and calls it makes continue that trace.
		Observation observation = this.observations.run(job, attempt).start();
		MDC.put("correlationId", "job-" + id);
		try (Observation.Scope scope = observation.openScope()) {
			return attempt(job, attempt, observation);
		}
		finally {
			MDC.remove("correlationId");
			observation.stop();
		}
	}

	private CompletionHandler<Void> attempt(JobStore.QueuedJob job, int attempt, Observation observation) {
		Instant started = this.clock.instant();
		this.metrics.lateness(job.type(), Duration.between(job.dueAt(), started));
		JobOutcome outcome;
		Throwable failure = null;
		try {
			outcome = dispatch(job, attempt);
		}
		catch (RuntimeException ex) {
			failure = ex;
			observation.error(ex);
			outcome = JobOutcome.retry();
		}
		Instant finished = this.clock.instant();
		String error = (failure != null) ? JobFailures.describe(failure) : reason(outcome);
		String stackHash = (failure != null) ? JobFailures.stackHash(failure) : null;

		if (outcome instanceof JobOutcome.Done) {
			// One line per attempt, as per request: its correlation and trace ids find
			// the rest.
			logger.info("Job {} attempt {} done in {} ms", job.type(), attempt,
					Duration.between(started, finished).toMillis());
			observation.lowCardinalityKeyValue("job.outcome", "done");
			this.store.finish(new JobStore.Run(job, attempt, started, finished, "DONE"), "DONE", null, null);
			this.metrics.completed(job.type(), "done", Duration.between(started, finished));
			return (complete, operations) -> operations.remove();
		}
		if (outcome instanceof JobOutcome.Retry retry && job.type().retryPolicy().allowsAnotherAfter(attempt)) {
			Instant next = (retry.at() != null) ? retry.at() : finished
				.plus(job.type().retryPolicy().delayAfter(attempt, ThreadLocalRandom.current()::nextDouble));
			logger.info("Job {} attempt {} of {} failed ({}); next at {}", job.type(), attempt,
					job.type().retryPolicy().maxAttempts(), error, next);
			observation.lowCardinalityKeyValue("job.outcome", "retry");
			boolean stillQueued = this.store.retryLater(new JobStore.Run(job, attempt, started, finished, "RETRY"),
					next, error, stackHash);
			this.metrics.completed(job.type(), "retry", Duration.between(started, finished));
			return stillQueued ? (complete, operations) -> operations.reschedule(complete, next)
					: (complete, operations) -> operations.remove();
		}
		logger.warn("Job {} is dead after attempt {}: {}", job.type(), attempt, error);
		observation.lowCardinalityKeyValue("job.outcome", "dead");
		this.store.finish(new JobStore.Run(job, attempt, started, finished, "DEAD"), "DEAD", error, stackHash);
		this.metrics.completed(job.type(), "dead", Duration.between(started, finished));
		return (complete, operations) -> operations.remove();
	}

	@SuppressWarnings("unchecked")
	private JobOutcome dispatch(JobStore.QueuedJob job, int attempt) {
		JobHandler<JobPayload> handler = (JobHandler<JobPayload>) this.handlers.get(job.type());
		if (handler == null) {
			return JobOutcome.failPermanently("no handler for " + job.type());
		}
		JobPayload payload;
		try {
			payload = JobPayloads.read(job.type(), job.payload());
		}
		catch (RuntimeException ex) {
			return JobOutcome.failPermanently("unreadable payload: " + ex.getClass().getSimpleName());
		}
		return handler.handle(payload, new JobContext(job.key(), job.tenantId(), attempt, job.dueAt()));
	}

	private static String reason(JobOutcome outcome) {
		if (outcome instanceof JobOutcome.Retry retry) {
			return JobFailures.bounded(retry.reason());
		}
		if (outcome instanceof JobOutcome.FailPermanently permanent) {
			return JobFailures.bounded(permanent.reason());
		}
		return "done";
	}

}
