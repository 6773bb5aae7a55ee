package se.postboxen.kollegan.bot.document.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.document.DocumentRefusedException;

/**
 * Why an upload was not read, as problem+json naming the field {@code file}: 415 for a
 * type not accepted (naming the type read from the bytes), 413 for a limit passed (naming
 * the limit), 400 for a file that cannot be read.
 */
final class DocumentRefusals {

	private DocumentRefusals() {
	}

	static ProblemDetail problem(DocumentRefusedException refused) {
		String message = message(refused);
		List<Problems.FieldError> errors = List.of(new Problems.FieldError("file", message));
		ProblemDetail problem = switch (refused.reason()) {
			case UNSUPPORTED_TYPE -> Problems.UNSUPPORTED_MEDIA_TYPE.detail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
			case TOO_LARGE, TOO_MANY_PAGES, TOO_MUCH_TEXT, EXPANDS_TOO_MUCH, TIMED_OUT ->
				Problems.PAYLOAD_TOO_LARGE.detail(HttpStatus.CONTENT_TOO_LARGE, message);
			case UNREADABLE, NO_TEXT -> Problems.VALIDATION_FAILED.detail(HttpStatus.BAD_REQUEST, message);
		};
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String message(DocumentRefusedException refused) {
		long limit = refused.limit();
		return switch (refused.reason()) {
			case UNSUPPORTED_TYPE -> "filtypen " + refused.detectedType()
					+ " stöds inte; ladda upp PDF, Word (DOCX), text eller Markdown / the file type "
					+ refused.detectedType() + " is not supported; upload PDF, Word (DOCX), text or Markdown";
			case TOO_LARGE ->
				"filen är större än " + megabytes(limit) + " MB / the file is larger than " + megabytes(limit) + " MB";
			case TOO_MANY_PAGES ->
				"dokumentet har fler än " + limit + " sidor / the document has more than " + limit + " pages";
			case TOO_MUCH_TEXT -> "dokumentet har mer än " + limit + " tecken text / the document has more than "
					+ limit + " characters of text";
			case EXPANDS_TOO_MUCH -> "filen packas upp till mer än " + limit
					+ " gånger sin storlek och läses inte / the file unpacks to more than " + limit
					+ " times its size and is not read";
			case TIMED_OUT -> "dokumentet tog längre än " + limit
					+ " s att läsa / reading the document took longer than " + limit + " s";
			case UNREADABLE ->
				"filen kan inte läsas (skadad eller krypterad) / the file cannot be read (damaged or encrypted)";
			case NO_TEXT ->
				"filen innehåller ingen text (tom eller inskannad) / the file has no text (empty or scanned)";
		};
	}

	private static long megabytes(long bytes) {
		return Math.max(1, bytes / (1024 * 1024));
	}

}
