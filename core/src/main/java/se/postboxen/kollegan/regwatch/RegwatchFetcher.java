package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Fetches a source from the public web, politely and safely: a conditional GET, a limit
 * per host, timeouts and a size limit, and only public https addresses (redirects checked
 * again).
 */
public interface RegwatchFetcher {

	/**
	 * @param state the validators of the last fetch, for a conditional GET
	 * @throws RegwatchFetchException when the source could not be fetched or read
	 */
	Result fetch(RegwatchSource source, FetchState state);

	/**
	 * Why this address would never be fetched (not https, a password in it, an internal
	 * address), for the user; empty when it may be. Asked when a source is saved, so that
	 * a bad address is refused at once rather than failing every fetch.
	 */
	Optional<String> refusal(URI url);

	/**
	 * Why a web page's selector would not work (not a CSS selector), for the user; empty
	 * when it would, and for other kinds of source (whose selector core reads, see
	 * {@link JsonMapping}).
	 */
	Optional<String> unusableSelector(SourceKind kind, @Nullable String selector);

	/** What a fetch got. */
	sealed interface Result {

	}

	/** The source answered 304: nothing changed since the validators were given. */
	record NotModified() implements Result {

	}

	/**
	 * @param etag the answer's {@code ETag}, for the next fetch
	 * @param lastModified the answer's {@code Last-Modified}, for the next fetch
	 */
	record Fetched(List<FetchedEntry> entries, @Nullable String etag, @Nullable String lastModified) implements Result {

		public Fetched {
			entries = List.copyOf(entries);
		}

	}

	/**
	 * A fetch that failed; its message is for the user and never more than the address's
	 * host.
	 */
	final class RegwatchFetchException extends RuntimeException {

		private final boolean transientFailure;

		private final @Nullable Instant retryAt;

		/**
		 * @param transientFailure whether trying again soon may help (429, 5xx, the host
		 * limit), as against a wrong address or an unreadable answer
		 * @param retryAt when the source asked to be tried again, if it did
		 */
		public RegwatchFetchException(String message, boolean transientFailure, @Nullable Instant retryAt) {
			super(Objects.requireNonNull(message, "message"));
			this.transientFailure = transientFailure;
			this.retryAt = retryAt;
		}

		public boolean isTransient() {
			return this.transientFailure;
		}

		public @Nullable Instant retryAt() {
			return this.retryAt;
		}

	}

}
