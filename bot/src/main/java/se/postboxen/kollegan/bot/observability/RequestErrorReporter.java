package se.postboxen.kollegan.bot.observability;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Reports the requests that failed unexpectedly: an exception that ended in a 500 (the
 * API's problem+json handler keeps the exception where this filter finds it) or that
 * escaped the application altogether. Expected failures — invalid input, missing rights,
 * unknown meetings — are 4xx and never reported. Runs inside the request's span and after
 * {@link CorrelationIdFilter}, so the event carries the trace id and the correlation id
 * the caller was given.
 */
final class RequestErrorReporter extends OncePerRequestFilter {

	private final ErrorTracking tracking;

	private final @Nullable Tracer tracer;

	RequestErrorReporter(ErrorTracking tracking, @Nullable Tracer tracer) {
		this.tracking = tracking;
		this.tracer = tracer;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			report(request, ex);
			throw ex;
		}
		if (response.getStatus() == HttpStatus.INTERNAL_SERVER_ERROR.value()
				&& request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE) instanceof Throwable failure) {
			report(request, failure);
		}
	}

	private void report(HttpServletRequest request, Throwable failure) {
		Map<String, String> tags = new LinkedHashMap<>();
		tags.put("kind", "request");
		tags.put("http.method", request.getMethod());
		// The route template, never the path: paths carry ids and capability tokens.
		Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		tags.put("http.route", (route != null) ? route.toString() : "(unmapped)");
		if (request.getAttribute(CorrelationIdFilter.MDC_KEY) instanceof String correlationId) {
			tags.put("correlation_id", correlationId);
		}
		this.tracking.report(failure, tags, this.tracer);
	}

}
