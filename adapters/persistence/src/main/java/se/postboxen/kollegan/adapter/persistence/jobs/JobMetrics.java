package se.postboxen.kollegan.adapter.persistence.jobs;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.jobs.JobType;

/**
 * The queue's metrics. Tags are the job type and outcome only: never a tenant, key or id,
 * which would make every job a time series of its own.
 */
@Component
class JobMetrics {

	private final MeterRegistry registry;

	JobMetrics(ObjectProvider<MeterRegistry> registry, JobStore store) {
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
		for (JobType type : JobType.values()) {
			Gauge.builder("kollegan.jobs.dead", store, s -> s.deadCount(type))
				.description("Jobs in the dead-letter queue")
				.tag("type", type.name())
				.register(this.registry);
		}
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
			.publishPercentileHistogram()
			.register(this.registry)
			.record(duration);
	}

	void lateness(JobType type, Duration late) {
		Timer.builder("kollegan.job.lateness")
			.description("Start of an attempt minus the time it was due")
			.tag("type", type.name())
			.publishPercentileHistogram()
			.register(this.registry)
			.record(late.isNegative() ? Duration.ZERO : late);
	}

}
