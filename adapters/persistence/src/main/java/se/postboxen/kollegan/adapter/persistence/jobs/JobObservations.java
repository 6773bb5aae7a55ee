package se.postboxen.kollegan.adapter.persistence.jobs;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.observation.transport.SenderContext;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.jobs.JobRequest;

/**
 * The queue as Micrometer observations, which the application turns into spans: queuing a
 * job is a producer span in the trace of the work that queued it, whose W3C
 * {@code traceparent} is stored with the job, and each attempt is a consumer span that is
 * its child, however much later it runs (docs/adr/0010-tracing.md). Only the Observation
 * API is used here: the tracing handlers of the application write and read the
 * {@code traceparent}; without them the observations cost next to nothing and no trace
 * context is stored.
 */
@Component
public class JobObservations {

	/** Queuing a job. */
	public static final String ENQUEUE = "kollegan.job.enqueue";

	/**
	 * One attempt of a job; its error, if any, is the exception the handler threw. Its
	 * low-cardinality {@code job.outcome} is done, retry or dead.
	 */
	public static final String RUN = "kollegan.job.run";

	static final String TRACEPARENT = "traceparent";

	// version-traceid-parentid-flags, as W3C Trace Context writes it.
	private static final Pattern TRACEPARENT_FORMAT = Pattern
		.compile("^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$");

	private final ObservationRegistry registry;

	JobObservations(ObjectProvider<ObservationRegistry> registry) {
		this.registry = registry.getIfAvailable(() -> ObservationRegistry.NOOP);
	}

	/**
	 * Queues the job inside its producer observation, with the trace context the request
	 * carries or, when it carries none, that of the producer span.
	 */
	<T> T enqueue(JobRequest request, Function<JobRequest, T> queue) {
		SenderContext<Map<String, String>> context = new SenderContext<>(Map::put, Kind.PRODUCER);
		context.setCarrier(new HashMap<>());
		String type = request.payload().type().name();
		return Observation.createNotStarted(ENQUEUE, () -> context, this.registry)
			.contextualName("agent-jobs enqueue " + type)
			.lowCardinalityKeyValue("job.type", type)
			.observe(() -> {
				String traceContext = (request.traceContext() != null) ? request.traceContext()
						: context.getCarrier().get(TRACEPARENT);
				return queue.apply(request.withTraceContext(traceparent(traceContext)));
			});
	}

	/** The not yet started observation of one attempt, continuing the job's trace. */
	Observation run(JobStore.QueuedJob job, int attempt) {
		ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get, Kind.CONSUMER);
		context.setCarrier(
				(job.traceContext() != null) ? Map.of(TRACEPARENT, job.traceContext()) : Map.<String, String>of());
		return Observation.createNotStarted(RUN, () -> context, this.registry)
			.contextualName("agent-jobs run " + job.type().name())
			.lowCardinalityKeyValue("job.type", job.type().name())
			.highCardinalityKeyValue(KeyValue.of("job.id", job.id().toString()))
			.highCardinalityKeyValue(KeyValue.of("job.attempt", Integer.toString(attempt)));
	}

	/** Only what is a traceparent is stored: the column is no place for anything else. */
	static @Nullable String traceparent(@Nullable String value) {
		return (value != null && TRACEPARENT_FORMAT.matcher(value).matches()) ? value : null;
	}

}
