package se.postboxen.kollegan.adapter.persistence.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.observation.transport.SenderContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.JobType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue's side of trace propagation, with a stand-in for the tracing handlers: what
 * the propagation handler writes when a job is queued is what is stored, and what is
 * stored is what the run's handler reads.
 */
class JobObservationsTests {

	static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

	final ObservationRegistry registry = ObservationRegistry.create();

	final JobObservations observations = new JobObservations(
			new StaticListableBeanFactory(Map.of("observationRegistry", this.registry))
				.getBeanProvider(ObservationRegistry.class));

	static JobRequest request(@Nullable String traceContext) {
		return new JobRequest(new JobKey("push:" + UUID.randomUUID()), new JobPayload.PushAction(ActionItemId.newId()),
				null, null, Instant.now(), traceContext);
	}

	/**
	 * Writes {@code traceparent} into a producer's carrier, as Micrometer Tracing does.
	 */
	void propagating(String traceparent) {
		this.registry.observationConfig().observationHandler(new ObservationHandler<SenderContext<Object>>() {

			@Override
			public void onStart(SenderContext<Object> context) {
				context.getSetter().set(context.getCarrier(), "traceparent", traceparent);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof SenderContext<?>;
			}

		});
	}

	@Test
	void storesTheTraceparentOfTheSpanThatQueuedTheJob() {
		propagating(TRACEPARENT);

		JobRequest stored = this.observations.enqueue(request(null), traced -> traced);

		assertThat(stored.traceContext()).isEqualTo(TRACEPARENT);
	}

	@Test
	void keepsTheTraceContextTheCallerGave() {
		propagating("00-11111111111111111111111111111111-2222222222222222-01");

		assertThat(this.observations.enqueue(request(TRACEPARENT), traced -> traced).traceContext())
			.isEqualTo(TRACEPARENT);
	}

	@Test
	void storesNothingWithoutTracingOrForWhatIsNoTraceparent() {
		assertThat(this.observations.enqueue(request(null), traced -> traced).traceContext()).isNull();
		assertThat(this.observations.enqueue(request("00-not-a-trace\n{\"x\":1}"), traced -> traced).traceContext())
			.isNull();
	}

	@Test
	void aRunContinuesTheStoredTraceAsAConsumer() {
		AtomicReference<ReceiverContext<Object>> started = new AtomicReference<>();
		this.registry.observationConfig().observationHandler(new ObservationHandler<ReceiverContext<Object>>() {

			@Override
			public void onStart(ReceiverContext<Object> context) {
				started.set(context);
			}

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof ReceiverContext<?>;
			}

		});
		JobStore.QueuedJob job = new JobStore.QueuedJob(UUID.randomUUID(), new JobKey("push:1"), JobType.PUSH_ACTION,
				null, "{}", 2, Instant.now(), TRACEPARENT);

		this.observations.run(job, 2).start().stop();

		ReceiverContext<Object> context = started.get();
		assertThat(context.getName()).isEqualTo(JobObservations.RUN);
		assertThat(context.getKind()).isEqualTo(Kind.CONSUMER);
		assertThat(context.getGetter().get(context.getCarrier(), "traceparent")).isEqualTo(TRACEPARENT);
		assertThat(context.getContextualName()).isEqualTo("agent-jobs run PUSH_ACTION");
	}

}
