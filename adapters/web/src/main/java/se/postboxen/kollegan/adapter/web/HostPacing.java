package se.postboxen.kollegan.adapter.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Politeness per host, in this instance: one request per host per interval. A fetch that
 * comes too soon is told when its turn is, and its job waits until then rather than a
 * worker thread. In-process on purpose: the scan already spreads one host's sources out
 * over time (so instances rarely meet at a host), and a shared limiter would make every
 * fetch depend on Redis for little gain.
 */
final class HostPacing {

	private final Duration interval;

	private final Clock clock;

	private final ConcurrentMap<String, Instant> nextTurn = new ConcurrentHashMap<>();

	HostPacing(Duration interval, Clock clock) {
		this.interval = interval;
		this.clock = clock;
	}

	/**
	 * Empty when the request may go now (and the host's next turn is taken); else when.
	 */
	Optional<Instant> claim(URI url) {
		String host = String.valueOf(url.getHost()).toLowerCase(Locale.ROOT);
		Instant now = this.clock.instant();
		Instant[] wait = new Instant[1];
		this.nextTurn.compute(host, (key, next) -> {
			if (next != null && next.isAfter(now)) {
				wait[0] = next;
				return next;
			}
			return now.plus(this.interval);
		});
		return Optional.ofNullable(wait[0]);
	}

}
