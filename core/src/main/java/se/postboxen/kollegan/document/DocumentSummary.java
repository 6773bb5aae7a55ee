package se.postboxen.kollegan.document;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A document as lists show it, without its text.
 *
 * @param characters how long its text is
 * @param requirements how many requirements were found
 * @param risks how many risk flags were raised
 */
public record DocumentSummary(DocumentId id, String fileName, String mediaType, @Nullable Integer pages, int characters,
		Uploader uploader, Instant uploadedAt, int requirements, int risks) {

	public DocumentSummary {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(uploader, "uploader");
		Objects.requireNonNull(uploadedAt, "uploadedAt");
	}

}
