package se.postboxen.kollegan.bot.ratelimit;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.postboxen.kollegan.adapter.redis.RateLimiter;
import se.postboxen.kollegan.bot.security.KolleganPrincipal;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.web.ProblemWriter;
import se.postboxen.kollegan.bot.web.Problems;

/**
 * Answers 429 problem+json with {@code Retry-After} when a bucket is empty. One instance
 * counts by client address (placed before sign-in is checked), another by the signed-in
 * user and their tenant (placed after). Not a component: each security chain places its
 * own instances, so that it runs exactly where it is put.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	private final Function<HttpServletRequest, List<Bucket>> buckets;

	private final ProblemWriter problems;

	private RateLimitFilter(String name, RateLimiter limiter, ProblemWriter problems,
			Function<HttpServletRequest, List<Bucket>> buckets) {
		// Distinct names: "once per request" is tracked by name, and both kinds must run.
		setBeanName(name);
		this.limiter = limiter;
		this.problems = problems;
		this.buckets = buckets;
	}

	/** Every request, by the address it comes from. */
	public static RateLimitFilter byAddress(RateLimiter limiter, ProblemWriter problems,
			RateLimitProperties properties) {
		RateLimiter.Limit limit = properties.perAddress().toLimiter();
		return new RateLimitFilter("rateLimitByAddress", limiter, problems,
				request -> List.of(new Bucket("addr:" + request.getRemoteAddr(), limit)));
	}

	/** Requests of a signed-in caller, by user and by tenant; others pass. */
	public static RateLimitFilter byIdentity(RateLimiter limiter, ProblemWriter problems,
			RateLimitProperties properties) {
		RateLimiter.Limit perUser = properties.perUser().toLimiter();
		RateLimiter.Limit perTenant = properties.perTenant().toLimiter();
		return new RateLimitFilter("rateLimitByIdentity", limiter, problems, request -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !(authentication.getPrincipal() instanceof KolleganPrincipal principal)) {
				return List.of();
			}
			KolleganUser user = principal.kolleganUser();
			return List.of(new Bucket("user:" + user.tenantId() + ":" + user.subject(), perUser),
					new Bucket("tenant:" + user.tenantId(), perTenant));
		});
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (Bucket bucket : this.buckets.apply(request)) {
			RateLimiter.Verdict verdict = this.limiter.tryConsume(bucket.key(), bucket.limit());
			if (!verdict.allowed()) {
				long seconds = Math.max(1, (verdict.retryAfter().toMillis() + 999) / 1000);
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
				this.problems.write(response, Problems.TOO_MANY_REQUESTS.detail(HttpStatus.TOO_MANY_REQUESTS,
						"Försök igen om " + seconds + " s / Retry in " + seconds + " s"));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private record Bucket(String key, RateLimiter.Limit limit) {

	}

}
