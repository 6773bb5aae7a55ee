package se.postboxen.kollegan.adapter.persistence.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.persistence.jobs.QueueDepth.Depth;
import se.postboxen.kollegan.jobs.JobType;

/**
 * The queue's metrics. Tags are the job type, state and outcome only: never a tenant, key
 * or id, which would make every job a time series of its own. The timers' histogram
 * buckets are configured with the application ({@code management.metrics.distribution}),
 * next to the SLOs they measure.
 */
@Component
class JobMetrics {

	/** The values of the queue depth's {@code state} tag. */
	private static final Map<String, ToLongFunction<Depth>> STATES = Map.of("ready", Depth::ready, "scheduled",
			Depth::scheduled);

	private final MeterRegistry registry;

	JobMetrics(ObjectProvider<MeterRegistry> registry, QueueDepth depth) {
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
		for (JobType type : JobType.values()) {
			Gauge.builder("kollegan.jobs.dead", depth, d -> value(d.of(type), Depth::dead))
				.description("Jobs in the dead-letter queue")
				.tag("type", type.name())
				.register(this.registry);
			STATES.forEach((state, count) -> Gauge.builder("kollegan.jobs.queued", depth, d -> value(d.of(type), count))
				.description(
						"Jobs not finished: ready (due: waiting for a worker, or running) or scheduled (due later)")
				.tag("type", type.name())
				.tag("state", state)
				.register(this.registry));
			TimeGauge
				.builder("kollegan.jobs.oldest.ready", depth, TimeUnit.MILLISECONDS,
						d -> value(d.of(type), ready -> ready.oldestReady().toMillis()))
				.description("How long the longest-waiting ready job has been due; grows while the queue is stuck")
				.tag("type", type.name())
				.register(this.registry);
		}
	}

	/** No value (NaN) while the queue cannot be read, rather than a reassuring zero. */
	private static double value(@Nullable Depth depth, ToLongFunction<Depth> value) {
		return (depth != null) ? value.applyAsLong(depth) : Double.NaN;
	}

	void enqueued(JobType type) {
		Counter.builder("kollegan.jobs.enqueued")
			.description("Jobs queued")
			.tag("type", type.name())
			.register(this.registry)
			.increment();
	}

	void completed(JobType type, String outcome, Duration duration) {
		Counter.builder("kollegan.jobs.completed")
			.description("Job attempts finished, by outcome")
			.tag("type", type.name())
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
		Timer.builder("kollegan.job.run.duration")
			.description("How long an attempt ran")
			.tag("type", type.name())
			.register(this.registry)
			.record(duration);
	}

	void lateness(JobType type, Duration late) {
		Timer.builder("kollegan.job.lateness")
			.description("Start of an attempt minus the time it was due")
			.tag("type", type.name())
			.register(this.registry)
			.record(late.isNegative() ? Duration.ZERO : late);
	}

}
