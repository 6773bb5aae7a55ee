package se.postboxen.kollegan.document;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of a document Kollegan reads, so that no upload can take the server's memory
 * or time.
 *
 * @param maxBytes the largest file accepted
 * @param maxPages the most pages a PDF may have
 * @param maxCharacters the most text a document may yield; reading stops there
 * @param timeout how long reading one document may take
 * @param maxExpansion how many times larger than its packed size a part of a Word
 * document (a ZIP archive) may unpack to: a "zip bomb" is refused, not unpacked
 * @param maxPartBytes the largest a single unpacked part of a Word document may be
 */
public record ExtractionLimits(long maxBytes, int maxPages, int maxCharacters, Duration timeout, int maxExpansion,
		long maxPartBytes) {

	public ExtractionLimits {
		if (maxBytes < 1 || maxPages < 1 || maxCharacters < 1 || maxExpansion < 1 || maxPartBytes < 1) {
			throw new IllegalArgumentException("every limit must be positive");
		}
		Objects.requireNonNull(timeout, "timeout");
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive");
		}
	}

}
