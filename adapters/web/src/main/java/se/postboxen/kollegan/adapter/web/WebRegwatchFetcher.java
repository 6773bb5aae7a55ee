package se.postboxen.kollegan.adapter.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jsoup.select.Selector;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.regwatch.FetchState;
import se.postboxen.kollegan.regwatch.RegwatchFetcher;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.shared.RetryAfter;

/**
 * Regwatch sources from the public web through {@link GuardedHttp}: a conditional GET
 * with the last answer's validators, a wait per host ({@link HostPacing}), and the answer
 * read by kind ({@link SourceReading}). What the source says is wrong with the request is
 * kept for the next scan; 429 and 5xx are worth trying again soon.
 */
public class WebRegwatchFetcher implements RegwatchFetcher, AutoCloseable {

	static final GuardedHttp.Policy DEFAULT = new GuardedHttp.Policy(2L * 1024 * 1024, Duration.ofSeconds(20), 3);

	/** Between two requests to the same host from this instance. */
	static final Duration HOST_INTERVAL = Duration.ofSeconds(5);

	private final GuardedHttp http;

	private final HostPacing pacing;

	private final Clock clock;

	public WebRegwatchFetcher(Clock clock) {
		this(DEFAULT, HOST_INTERVAL, clock);
	}

	/**
	 * For a test against a local server: the policy may reach it (never in an
	 * application).
	 */
	WebRegwatchFetcher(GuardedHttp.Policy policy, Duration hostInterval, Clock clock) {
		this.http = new GuardedHttp(policy, "Kollegan regwatch (+https://kollegan.postboxen.se)");
		this.pacing = new HostPacing(hostInterval, clock);
		this.clock = clock;
	}

	@Override
	public Result fetch(RegwatchSource source, FetchState state) {
		Optional<Instant> wait = this.pacing.claim(source.url());
		if (wait.isPresent()) {
			throw new RegwatchFetchException("Väntar på sin tur hos värden / Waiting for its turn at the host", true,
					wait.get());
		}
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Accept", accept(source.kind()));
		if (state.etag() != null) {
			headers.put("If-None-Match", state.etag());
		}
		if (state.lastModified() != null) {
			headers.put("If-Modified-Since", state.lastModified());
		}
		GuardedHttp.Answer answer;
		try {
			answer = this.http.get(source.url(), headers);
		}
		catch (GuardedHttp.FetchFailedException ex) {
			throw failure(ex);
		}
		int status = answer.status();
		if (status == 304) {
			return new NotModified();
		}
		if (status == 429 || status >= 500) {
			throw new RegwatchFetchException("Källan svarade " + status + " / The source answered " + status, true,
					retryAfter(answer.header("retry-after")));
		}
		if (status != 200) {
			throw new RegwatchFetchException("Källan svarade " + status + " / The source answered " + status, false,
					null);
		}
		try {
			return new Fetched(SourceReading.read(source, answer.url(), answer.body()), answer.header("etag"),
					answer.header("last-modified"));
		}
		catch (SourceReading.UnreadableException ex) {
			throw new RegwatchFetchException(ex.getMessage(), false, null);
		}
	}

	@Override
	public Optional<String> refusal(URI url) {
		if (!this.http.allowed(url)) {
			return Optional.of("måste vara https utan lösenord / must be https without a password");
		}
		if (!this.http.resolvesPublicly(url)) {
			return Optional.of("pekar på ett internt nät / points to an internal network");
		}
		return Optional.empty();
	}

	@Override
	public Optional<String> unusableSelector(SourceKind kind, @Nullable String selector) {
		if (kind != SourceKind.WEB_PAGE || selector == null) {
			return Optional.empty();
		}
		try {
			Selector.evaluatorOf(selector);
			return Optional.empty();
		}
		catch (Selector.SelectorParseException | IllegalArgumentException ex) {
			return Optional.of("ingen CSS-väljare som går att läsa / not a readable CSS selector");
		}
	}

	private static String accept(SourceKind kind) {
		return switch (kind) {
			case RSS, ATOM -> "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5";
			case JSON -> "application/json, */*;q=0.5";
			case WEB_PAGE -> "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
		};
	}

	private @Nullable Instant retryAfter(@Nullable String header) {
		Instant now = this.clock.instant();
		return RetryAfter.wait(header, now).map(now::plus).orElse(null);
	}

	private RegwatchFetchException failure(GuardedHttp.FetchFailedException ex) {
		return switch (ex.failure()) {
			case NOT_ALLOWED -> new RegwatchFetchException(
					"Adressen måste vara https utan lösenord / The address must be https " + "without a password",
					false, null);
			case INTERNAL -> new RegwatchFetchException(
					"Adressen pekar på ett internt nät och hämtas inte / The address points to an internal network "
							+ "and is not fetched",
					false, null);
			case TOO_LARGE -> new RegwatchFetchException("Svaret är större än " + (this.http.maxBytes() / 1024)
					+ " kB / The answer is larger than the limit", false, null);
			case TOO_MANY_REDIRECTS, REDIRECT_NOWHERE -> new RegwatchFetchException(
					"Omdirigeringarna ledde ingenstans / The redirects led nowhere", false, null);
			case UNREACHABLE -> new RegwatchFetchException(
					"Källan gick inte att nå / The source could not be reached ("
							+ ((ex.getCause() != null) ? ex.getCause().getClass().getSimpleName() : "?") + ")",
					false, null);
		};
	}

	@Override
	public void close() throws IOException {
		this.http.close();
	}

}
