package se.postboxen.kollegan.bot.document.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.document.Document;
import se.postboxen.kollegan.document.DocumentAnalysis;
import se.postboxen.kollegan.document.DocumentSummary;

/**
 * A document with everything found in it, each finding with its passage ({@code start}
 * and {@code end} are character positions in the document's text). The text itself is not
 * sent.
 *
 * @param mayDelete whether the caller may delete it (its uploader or an administrator)
 */
record DocumentResponse(UUID id, String fileName, String mediaType, @Nullable Integer pages, int characters,
		String uploadedBy, Instant uploadedAt, boolean mayDelete, DocumentAnalysis analysis) {

	static DocumentResponse of(Document document, boolean mayDelete) {
		return new DocumentResponse(document.id().value(), document.fileName(), document.mediaType(), document.pages(),
				document.text().length(), document.uploader().name(), document.uploadedAt(), mayDelete,
				document.analysis());
	}

	/** A document as the list shows it: how much was found, not what. */
	record Listed(UUID id, String fileName, String mediaType, @Nullable Integer pages, int characters,
			String uploadedBy, Instant uploadedAt, int requirements, int risks) {

		static List<Listed> of(List<DocumentSummary> summaries) {
			return summaries.stream()
				.map(summary -> new Listed(summary.id().value(), summary.fileName(), summary.mediaType(),
						summary.pages(), summary.characters(), summary.uploader().name(), summary.uploadedAt(),
						summary.requirements(), summary.risks()))
				.toList();
		}

	}

}
