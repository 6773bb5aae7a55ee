package se.postboxen.kollegan.bot.observability;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OpenTelemetryVariablesTests {

	private static Map<String, Object> mapped(Map<String, String> variables) {
		return OpenTelemetryVariables.properties(variables::get);
	}

	@Test
	void withoutAnEndpointSpansAreMadeForEveryTraceAndExportedNowhere() {
		assertThat(mapped(Map.of())).containsExactly(Map.entry("management.tracing.sampling.probability", 1.0));
	}

	@Test
	void theCollectorsRootGetsTheTracesPathOfOtlpOverHttp() {
		assertThat(mapped(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/")))
			.containsEntry("management.opentelemetry.tracing.export.otlp.endpoint", "http://collector:4318/v1/traces");
		assertThat(mapped(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
				"OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "https://traces.example/otlp")))
			.containsEntry("management.opentelemetry.tracing.export.otlp.endpoint", "https://traces.example/otlp");
	}

	@Test
	void mapsHeadersTimeoutsCompressionAndTheBatchProcessor() {
		Map<String, Object> properties = mapped(
				Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318", "OTEL_EXPORTER_OTLP_HEADERS",
						"Authorization=Basic%20a2V5,x-tenant=kollegan", "OTEL_EXPORTER_OTLP_TRACES_HEADERS",
						"x-tenant=traces", "OTEL_EXPORTER_OTLP_TIMEOUT", "2500", "OTEL_EXPORTER_OTLP_COMPRESSION",
						"gzip", "OTEL_BSP_SCHEDULE_DELAY", "200", "OTEL_BSP_MAX_QUEUE_SIZE", "4096"));

		assertThat(properties)
			.containsEntry("management.opentelemetry.tracing.export.otlp.headers[Authorization]", "Basic a2V5")
			.containsEntry("management.opentelemetry.tracing.export.otlp.headers[x-tenant]", "traces")
			.containsEntry("management.opentelemetry.tracing.export.otlp.timeout", Duration.ofMillis(2500))
			.containsEntry("management.opentelemetry.tracing.export.otlp.compression", "gzip")
			.containsEntry("management.opentelemetry.tracing.export.schedule-delay", Duration.ofMillis(200))
			.containsEntry("management.opentelemetry.tracing.export.max-queue-size", 4096);
	}

	@Test
	void samplersBecomeTheProbabilityOfBootsParentBasedSampler() {
		assertThat(mapped(Map.of("OTEL_TRACES_SAMPLER", "parentbased_traceidratio", "OTEL_TRACES_SAMPLER_ARG", "0.25")))
			.containsEntry("management.tracing.sampling.probability", 0.25);
		assertThat(mapped(Map.of("OTEL_TRACES_SAMPLER", "always_off")))
			.containsEntry("management.tracing.sampling.probability", 0.0);
		assertThat(mapped(Map.of("OTEL_TRACES_SAMPLER", "traceidratio")))
			.containsEntry("management.tracing.sampling.probability", 1.0);
	}

	@Test
	void noneExportsNothingAndADisabledSdkTracesNothing() {
		assertThat(mapped(Map.of("OTEL_TRACES_EXPORTER", "none", "OTEL_EXPORTER_OTLP_ENDPOINT", "http://c:4318")))
			.doesNotContainKey("management.opentelemetry.tracing.export.otlp.endpoint")
			.doesNotContainKey("management.tracing.export.enabled");
		assertThat(mapped(Map.of("OTEL_SDK_DISABLED", "true", "OTEL_EXPORTER_OTLP_ENDPOINT", "http://c:4318")))
			.containsEntry("management.tracing.export.enabled", false)
			.doesNotContainKey("management.opentelemetry.tracing.export.otlp.endpoint");
	}

	@Test
	void refusesWhatItCannotHonourNamingTheVariableNotItsValue() {
		assertThatIllegalStateException().isThrownBy(() -> mapped(Map.of("OTEL_TRACES_EXPORTER", "zipkin")))
			.withMessage("OTEL_TRACES_EXPORTER must be otlp or none");
		assertThatIllegalStateException().isThrownBy(() -> mapped(Map.of("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "grpc")))
			.withMessage("OTEL_EXPORTER_OTLP_PROTOCOL must be http/protobuf");
		assertThatIllegalStateException()
			.isThrownBy(() -> mapped(Map.of("OTEL_TRACES_SAMPLER", "traceidratio", "OTEL_TRACES_SAMPLER_ARG", "1.5")))
			.withMessageContaining("OTEL_TRACES_SAMPLER_ARG");
		assertThatIllegalStateException()
			.isThrownBy(() -> mapped(Map.of("OTEL_EXPORTER_OTLP_HEADERS", "api-key-without-a-name")))
			.withMessage("OTEL_EXPORTER_OTLP_HEADERS must be key=value pairs separated by commas")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("api-key-without-a-name"));
	}

}
