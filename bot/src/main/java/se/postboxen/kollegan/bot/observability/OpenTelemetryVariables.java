package se.postboxen.kollegan.bot.observability;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * OpenTelemetry's standard variables ({@code OTEL_*}) for traces, as Spring Boot's
 * properties. Boot reads {@code OTEL_SERVICE_NAME} and {@code OTEL_RESOURCE_ATTRIBUTES}
 * itself, but sets up its exporter, sampler and batch processor only from
 * {@code management.*}; this maps the rest of the variables an operator expects to work
 * (docs/configuration.md lists them). The mapped properties come after every other
 * source, so a {@code management.*} property that is set explicitly still wins.
 * <p>
 * Without {@code OTEL_EXPORTER_OTLP_ENDPOINT} (or its traces variant) there is no
 * exporter: spans are still made, so their ids are in every log line and travel with jobs
 * and outbound calls, but they leave the process nowhere. A value this mapping cannot
 * honour stops start-up naming the variable, rather than tracing differently than asked.
 */
public class OpenTelemetryVariables implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE = "openTelemetryVariables";

	private static final String EXPORT = "management.opentelemetry.tracing.export.";

	private static final String OTLP = EXPORT + "otlp.";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE, properties(environment::getProperty)));
	}

	/**
	 * After the configuration files are read, so that they can override what is mapped.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * The properties for the variables that {@code variables} gives.
	 * @throws IllegalStateException naming the variable whose value is not supported
	 */
	static Map<String, Object> properties(UnaryOperator<@Nullable String> variables) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("management.tracing.sampling.probability", probability(variables));
		if ("true".equalsIgnoreCase(value(variables, "OTEL_SDK_DISABLED"))) {
			// No tracing at all: no spans, no trace ids in logs, no traceparent sent.
			properties.put("management.tracing.export.enabled", false);
			return properties;
		}
		String exporter = value(variables, "OTEL_TRACES_EXPORTER");
		if ("none".equals(exporter)) {
			// Spans are made and propagated, and exported nowhere.
			return properties;
		}
		if (exporter != null && !exporter.equals("otlp")) {
			throw unsupported("OTEL_TRACES_EXPORTER", "otlp or none");
		}
		// Spans leave by the JDK's HTTP client, which speaks OTLP over HTTP, not gRPC.
		String protocol = signal(variables, "PROTOCOL");
		if (protocol != null && !protocol.equals("http/protobuf")) {
			throw unsupported("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
		}
		String endpoint = endpoint(variables);
		if (endpoint != null) {
			properties.put(OTLP + "endpoint", endpoint);
		}
		headers(value(variables, "OTEL_EXPORTER_OTLP_HEADERS"), properties);
		headers(value(variables, "OTEL_EXPORTER_OTLP_TRACES_HEADERS"), properties);
		String compression = signal(variables, "COMPRESSION");
		if (compression != null) {
			if (!compression.equals("gzip") && !compression.equals("none")) {
				throw unsupported("OTEL_EXPORTER_OTLP_COMPRESSION", "gzip or none");
			}
			properties.put(OTLP + "compression", compression);
		}
		millis(variables, signalName(variables, "TIMEOUT"), OTLP + "timeout", properties);
		millis(variables, "OTEL_BSP_SCHEDULE_DELAY", EXPORT + "schedule-delay", properties);
		millis(variables, "OTEL_BSP_EXPORT_TIMEOUT", EXPORT + "timeout", properties);
		count(variables, "OTEL_BSP_MAX_QUEUE_SIZE", EXPORT + "max-queue-size", properties);
		count(variables, "OTEL_BSP_MAX_EXPORT_BATCH_SIZE", EXPORT + "max-batch-size", properties);
		return properties;
	}

	/**
	 * Boot's sampler always follows a caller's decision (parent based) and samples its
	 * own traces by trace id ratio; OpenTelemetry's default is to sample every trace.
	 */
	private static double probability(UnaryOperator<@Nullable String> variables) {
		String sampler = value(variables, "OTEL_TRACES_SAMPLER");
		if (sampler == null || sampler.equals("always_on") || sampler.equals("parentbased_always_on")) {
			return 1.0;
		}
		if (sampler.equals("always_off") || sampler.equals("parentbased_always_off")) {
			return 0.0;
		}
		if (!sampler.equals("traceidratio") && !sampler.equals("parentbased_traceidratio")) {
			throw unsupported("OTEL_TRACES_SAMPLER", "always_on, always_off, traceidratio or their parentbased_ forms");
		}
		String ratio = value(variables, "OTEL_TRACES_SAMPLER_ARG");
		try {
			double probability = (ratio != null) ? Double.parseDouble(ratio) : 1.0;
			if (probability >= 0.0 && probability <= 1.0) {
				return probability;
			}
		}
		catch (NumberFormatException ex) {
			// Refused below, like a number out of range.
		}
		throw unsupported("OTEL_TRACES_SAMPLER_ARG", "a number from 0 to 1");
	}

	/**
	 * The traces endpoint is taken as it is; the general one is the collector's root, to
	 * which OTLP over HTTP adds {@code /v1/traces}.
	 */
	private static @Nullable String endpoint(UnaryOperator<@Nullable String> variables) {
		String traces = value(variables, "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
		if (traces != null) {
			return traces;
		}
		String root = value(variables, "OTEL_EXPORTER_OTLP_ENDPOINT");
		return (root != null) ? root.replaceAll("/+$", "") + "/v1/traces" : null;
	}

	/**
	 * {@code key=value,key2=value2}, values URL-encoded, as the specification writes
	 * them.
	 */
	private static void headers(@Nullable String headers, Map<String, Object> properties) {
		if (headers == null) {
			return;
		}
		for (String header : headers.split(",")) {
			int equals = header.indexOf('=');
			if (equals <= 0) {
				throw unsupported("OTEL_EXPORTER_OTLP_HEADERS", "key=value pairs separated by commas");
			}
			properties.put(OTLP + "headers[" + header.substring(0, equals).strip() + "]",
					URLDecoder.decode(header.substring(equals + 1).strip(), StandardCharsets.UTF_8));
		}
	}

	private static void millis(UnaryOperator<@Nullable String> variables, String name, String property,
			Map<String, Object> properties) {
		String value = value(variables, name);
		if (value != null) {
			properties.put(property, Duration.ofMillis(number(name, value)));
		}
	}

	private static void count(UnaryOperator<@Nullable String> variables, String name, String property,
			Map<String, Object> properties) {
		String value = value(variables, name);
		if (value != null) {
			properties.put(property, Math.toIntExact(number(name, value)));
		}
	}

	private static long number(String name, String value) {
		try {
			long number = Long.parseLong(value);
			if (number > 0 && number <= Integer.MAX_VALUE) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// Refused below, like a number out of range.
		}
		throw unsupported(name, "a positive whole number");
	}

	/** The traces-only variable if set, else the one for every signal. */
	private static @Nullable String signal(UnaryOperator<@Nullable String> variables, String suffix) {
		String value = value(variables, signalName(variables, suffix));
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

	private static String signalName(UnaryOperator<@Nullable String> variables, String suffix) {
		String traces = "OTEL_EXPORTER_OTLP_TRACES_" + suffix;
		return (value(variables, traces) != null) ? traces : "OTEL_EXPORTER_OTLP_" + suffix;
	}

	private static @Nullable String value(UnaryOperator<@Nullable String> variables, String name) {
		String value = variables.apply(name);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** Names the variable and what it may be, never its value (headers carry keys). */
	private static IllegalStateException unsupported(String name, String supported) {
		return new IllegalStateException(name + " must be " + supported);
	}

}
