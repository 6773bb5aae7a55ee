package se.postboxen.kollegan.bot.observability;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@code X-Request-Id}, else the trace
 * id of a W3C {@code traceparent}, else a new one. It is put in the logging context (so
 * every JSON log line of the request carries it) and echoed in the response. Values that
 * do not look like ids are replaced, so a caller cannot inject text into logs. It runs
 * inside the request's span (Spring Boot's {@code ServerHttpObservationFilter} is at
 * {@code HIGHEST_PRECEDENCE + 1}), so that its access line carries the trace and span ids
 * like every other line of the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class CorrelationIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "correlationId";

	private static final Pattern REQUEST_ID = Pattern.compile("^[A-Za-z0-9._:-]{8,128}$");

	// version-traceid-parentid-flags; an all-zero trace id is invalid by the spec.
	private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");

	private static final Logger logger = LoggerFactory.getLogger(CorrelationIdFilter.class);

	private static final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// An error dispatch of the same request keeps the id chosen on the way in.
		String correlationId = (request.getAttribute(MDC_KEY) instanceof String existing) ? existing
				: correlationId(request.getHeader(HEADER), request.getHeader("traceparent"));
		request.setAttribute(MDC_KEY, correlationId);
		MDC.put(MDC_KEY, correlationId);
		response.setHeader(HEADER, correlationId);
		long started = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			logCompletion(request, response, started);
			MDC.remove(MDC_KEY);
		}
	}

	/**
	 * One access line per request, so that every request leaves at least one line with
	 * its correlation id. The path only: query strings can carry tokens — and so can
	 * paths, such as a magic link's, which are logged as their route. Probes are frequent
	 * and uninteresting, so they log at debug.
	 */
	private static void logCompletion(HttpServletRequest request, HttpServletResponse response, long started) {
		if (request.getDispatcherType() != DispatcherType.REQUEST) {
			return;
		}
		boolean probe = request.getRequestURI().startsWith("/actuator/");
		if (probe ? logger.isDebugEnabled() : logger.isInfoEnabled()) {
			long millis = (System.nanoTime() - started) / 1_000_000;
			String line = "{} {} -> {} in {} ms";
			Object[] args = { request.getMethod(), loggablePath(request.getRequestURI()), response.getStatus(),
					millis };
			if (probe) {
				logger.debug(line, args);
			}
			else {
				logger.info(line, args);
			}
		}
	}

	/** A path fit for the log: capability tokens in paths are replaced by their name. */
	static String loggablePath(String path) {
		return path.startsWith("/m/") ? "/m/{token}" : path;
	}

	static String correlationId(@Nullable String requestId, @Nullable String traceparent) {
		if (requestId != null && REQUEST_ID.matcher(requestId).matches()) {
			return requestId;
		}
		if (traceparent != null) {
			var matcher = TRACEPARENT.matcher(traceparent.strip());
			if (matcher.matches() && !matcher.group(1).equals("0".repeat(32))) {
				return matcher.group(1);
			}
		}
		byte[] bytes = new byte[16];
		random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// The error dispatch runs after the MDC was cleared; put the id back for its log
		// lines.
		return false;
	}

}
