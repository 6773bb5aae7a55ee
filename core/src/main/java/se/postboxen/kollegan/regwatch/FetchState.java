package se.postboxen.kollegan.regwatch;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * How a source was last fetched: the validators the next conditional GET sends, and the
 * last outcome for the dashboard.
 *
 * @param etag the {@code ETag} of the last full answer, sent back as
 * {@code If-None-Match}
 * @param lastModified the {@code Last-Modified} of the last full answer, sent back as
 * {@code If-Modified-Since}
 * @param lastSuccessAt the last fetch that got an answer (changed or not); {@code null}
 * before the first, so the first fetch of a source raises no alerts
 * @param lastError what went wrong last time, for the user; {@code null} after a success
 * @param failures failed fetches in a row
 */
public record FetchState(RegwatchSourceId sourceId, TenantId tenantId, @Nullable String etag,
		@Nullable String lastModified, @Nullable Instant lastFetchedAt, @Nullable Instant lastSuccessAt,
		@Nullable String lastError, int failures) {

	public FetchState {
		Objects.requireNonNull(sourceId, "sourceId");
		Objects.requireNonNull(tenantId, "tenantId");
		etag = Text.optional(etag, "etag", 500);
		lastModified = Text.optional(lastModified, "lastModified", 100);
		lastError = Text.optional(lastError, "lastError", 500);
		if (failures < 0) {
			throw new IllegalArgumentException("failures cannot be negative");
		}
	}

	/** A source never fetched. */
	public static FetchState never(RegwatchSource source) {
		return new FetchState(source.id(), source.tenantId(), null, null, null, null, null, 0);
	}

	public FetchState succeeded(Instant at, @Nullable String newEtag, @Nullable String newLastModified) {
		return new FetchState(this.sourceId, this.tenantId, newEtag, newLastModified, at, at, null, 0);
	}

	/** Unchanged since the last fetch: the validators stay. */
	public FetchState unchanged(Instant at) {
		return new FetchState(this.sourceId, this.tenantId, this.etag, this.lastModified, at, at, null, 0);
	}

	public FetchState failed(Instant at, String error) {
		String bounded = (error.length() > 500) ? error.substring(0, 499) + "…" : error;
		return new FetchState(this.sourceId, this.tenantId, this.etag, this.lastModified, at, this.lastSuccessAt,
				bounded, this.failures + 1);
	}

}
