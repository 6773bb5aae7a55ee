package se.postboxen.kollegan.bot.document.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.document.Document;
import se.postboxen.kollegan.document.DocumentAnalysis;
import se.postboxen.kollegan.document.DocumentSummary;
import se.postboxen.kollegan.document.LegalCheck;
import se.postboxen.kollegan.document.Passage;

/**
 * A document with everything found in it, each finding with its passage ({@code start}
 * and {@code end} are character positions in the document's text). The text itself is not
 * sent.
 *
 * @param mayDelete whether the caller may delete it (its uploader or an administrator)
 * @param legalChecks Juridik-Gunnar's checks, each naming its rule; absent when the
 * tenant does not have the module
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DocumentResponse(UUID id, String fileName, String mediaType, @Nullable Integer pages, int characters,
		String uploadedBy, Instant uploadedAt, boolean mayDelete, DocumentAnalysis analysis,
		@Nullable List<LegalCheckResponse> legalChecks) {

	static DocumentResponse of(Document document, boolean mayDelete, @Nullable List<LegalCheck> legalChecks) {
		return new DocumentResponse(document.id().value(), document.fileName(), document.mediaType(), document.pages(),
				document.text().length(), document.uploader().name(), document.uploadedAt(), mayDelete,
				document.analysis(),
				(legalChecks != null) ? legalChecks.stream().map(LegalCheckResponse::of).toList() : null);
	}

	/**
	 * One legal check.
	 *
	 * @param check what was checked, such as {@code DPA_INSTRUCTIONS}
	 * @param rule the rule it applies, such as {@code GDPR art. 28.3 a}
	 * @param outcome {@code PRESENT}, {@code MISSING} or {@code FLAGGED}
	 * @param source the passage it rests on; absent when something is missing and nothing
	 * in the document comes near it
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record LegalCheckResponse(String check, String rule, String outcome, @Nullable Passage source) {

		static LegalCheckResponse of(LegalCheck check) {
			return new LegalCheckResponse(check.check().name(), check.rule(), check.outcome().name(), check.source());
		}

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
