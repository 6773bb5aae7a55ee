package se.postboxen.kollegan.bot.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The problem for a bare HTTP status, when nothing more specific is known. */
final class ProblemMapping {

	private ProblemMapping() {
	}

	static ProblemDetail forStatus(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		if (known == null) {
			return Problems.INTERNAL_ERROR.detail(status, null);
		}
		return switch (known) {
			case NOT_FOUND -> Problems.NOT_FOUND.detail(status, "Adressen finns inte / No such resource");
			case METHOD_NOT_ALLOWED -> Problems.METHOD_NOT_ALLOWED.detail(status, null);
			case UNSUPPORTED_MEDIA_TYPE ->
				Problems.UNSUPPORTED_MEDIA_TYPE.detail(status, "Skicka application/json / Send application/json");
			case NOT_ACCEPTABLE -> Problems.NOT_ACCEPTABLE.detail(status, null);
			case CONTENT_TOO_LARGE -> Problems.PAYLOAD_TOO_LARGE.detail(status,
					"Förfrågan är större än tillåtet / The request is larger than allowed");
			case UNAUTHORIZED -> Problems.UNAUTHENTICATED.detail(status, null);
			case FORBIDDEN -> Problems.FORBIDDEN.detail(status, null);
			case TOO_MANY_REQUESTS -> Problems.TOO_MANY_REQUESTS.detail(status, null);
			default -> status.is4xxClientError() ? Problems.VALIDATION_FAILED.detail(status, null)
					: Problems.INTERNAL_ERROR.detail(status, null);
		};
	}

}
