package se.postboxen.kollegan.bot.observability;

import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.tracing.exporter.SpanExportingPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.adapter.persistence.jobs.JobObservations;

/**
 * What tracing adds to Spring Boot's own set-up (docs/adr/0010-tracing.md): every
 * request, job attempt and outbound call is a span already, through Micrometer
 * observations; the {@code OTEL_*} variables are mapped by
 * {@link OpenTelemetryVariables}.
 */
@Configuration(proxyBeanMethods = false)
class TracingConfiguration {

	/**
	 * The job queue's observations exist for its spans; timing them again beside the
	 * queue's own meters ({@code kollegan.job.run.duration} and the rest) would only
	 * double the series.
	 */
	@Bean
	MeterFilter jobObservationMeters() {
		Set<String> names = Set.of(JobObservations.ENQUEUE, JobObservations.ENQUEUE + ".active", JobObservations.RUN,
				JobObservations.RUN + ".active");
		return MeterFilter.deny(id -> names.contains(id.getName()));
	}

	/**
	 * Probes and scrapes are not exported: every instance would send several traces a
	 * minute that say nothing. Their log lines still carry trace ids.
	 */
	@Bean
	SpanExportingPredicate probesNotExported() {
		return span -> {
			Map<String, String> tags = span.getTags();
			String path = tags.getOrDefault("uri", tags.getOrDefault("http.url", ""));
			return !path.startsWith("/actuator/");
		};
	}

}
