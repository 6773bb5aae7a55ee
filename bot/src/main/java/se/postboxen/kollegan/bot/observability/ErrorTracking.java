package se.postboxen.kollegan.bot.observability;

import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.sentry.Sentry;
import io.sentry.SentryOptions;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.bot.KolleganApplication;

/**
 * Sentry's client, started with the application and flushed and closed with it. Only what
 * is reported here is sent: no uncaught-exception handler, no request data, no default
 * PII, no Sentry performance tracing (traces are OpenTelemetry's), and every event
 * through {@link ErrorEventRedaction}. An event carries the OpenTelemetry trace id of the
 * failed request or job, so the trace and the error find each other.
 */
final class ErrorTracking implements AutoCloseable {

	ErrorTracking(ErrorTrackingProperties properties, String mode) {
		String dsn = properties.requireValidDsn();
		String version = KolleganApplication.class.getPackage().getImplementationVersion();
		Sentry.init((SentryOptions options) -> {
			options.setDsn(dsn);
			options.setEnvironment(
					ErrorTrackingProperties.given(properties.environment()) ? properties.environment() : mode);
			if (ErrorTrackingProperties.given(properties.release())) {
				options.setRelease(properties.release());
			}
			else if (version != null) {
				options.setRelease("kollegan@" + version);
			}
			options.setEnableExternalConfiguration(false);
			options.setEnableUncaughtExceptionHandler(false);
			options.setSendDefaultPii(false);
			options.setMaxRequestBodySize(SentryOptions.RequestSize.NONE);
			options.setTracesSampleRate(null);
			options.setEnableAutoSessionTracking(false);
			options.addInAppInclude("se.postboxen.kollegan");
			options.setBeforeSend(ErrorEventRedaction::event);
			options.setBeforeBreadcrumb(ErrorEventRedaction::breadcrumb);
		});
	}

	/**
	 * Sends the failure with the given tags, and the trace and span ids of the current
	 * span, if any.
	 */
	void report(Throwable failure, Map<String, String> tags, @Nullable Tracer tracer) {
		Span span = (tracer != null) ? tracer.currentSpan() : null;
		Sentry.captureException(failure, scope -> {
			tags.forEach(scope::setTag);
			if (span != null && !span.context().traceId().isEmpty()) {
				scope.setTag("trace_id", span.context().traceId());
				scope.setTag("span_id", span.context().spanId());
			}
		});
	}

	@Override
	public void close() {
		Sentry.close();
	}

}
