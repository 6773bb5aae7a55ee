package se.postboxen.kollegan.regwatch;

import java.time.Instant;
import java.util.Objects;

/**
 * The content of an item as it was at one fetch. Versions are numbered from 1 and never
 * change; the diff between two is computed when shown.
 *
 * @param contentHash SHA-256 of the content, to tell a change from a re-fetch cheaply
 */
public record RegwatchItemVersion(RegwatchItemId itemId, int number, String contentHash, String content,
		Instant fetchedAt) {

	public RegwatchItemVersion {
		Objects.requireNonNull(itemId, "itemId");
		if (number < 1) {
			throw new IllegalArgumentException("version numbers start at 1");
		}
		Objects.requireNonNull(contentHash, "contentHash");
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(fetchedAt, "fetchedAt");
	}

}
