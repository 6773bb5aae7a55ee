package se.postboxen.kollegan.bot.observability;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.adapter.persistence.jobs.JobObservations;

/**
 * Reports the job attempts that failed with an exception, as the queue's run observation
 * records them ({@link JobObservations#RUN}); an attempt that ends in a planned retry or
 * a permanent failure without an exception is the queue's business and its dead-letter
 * list's. Called while the attempt's span is current, so the event carries its trace id,
 * which is also the trace of the request that queued the job.
 */
final class JobErrorReporter implements ObservationHandler<Observation.Context> {

	private final ErrorTracking tracking;

	private final @Nullable Tracer tracer;

	JobErrorReporter(ErrorTracking tracking, @Nullable Tracer tracer) {
		this.tracking = tracking;
		this.tracer = tracer;
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return JobObservations.RUN.equals(context.getName());
	}

	@Override
	public void onError(Observation.Context context) {
		Throwable failure = context.getError();
		if (failure == null) {
			return;
		}
		Map<String, String> tags = new LinkedHashMap<>();
		tags.put("kind", "job");
		tag(tags, context.getLowCardinalityKeyValue("job.type"));
		tag(tags, context.getHighCardinalityKeyValue("job.attempt"));
		tag(tags, context.getHighCardinalityKeyValue("job.id"));
		this.tracking.report(failure, tags, this.tracer);
	}

	private static void tag(Map<String, String> tags, @Nullable KeyValue keyValue) {
		if (keyValue != null) {
			tags.put(keyValue.getKey(), keyValue.getValue());
		}
	}

}
