package se.postboxen.kollegan.bot.web;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import se.postboxen.kollegan.bot.observability.CorrelationIdFilter;

/**
 * The stable problem types of the API (RFC 9457). Clients may switch on {@code type};
 * titles are for people and are Swedish first, English second.
 */
public enum Problems {

	VALIDATION_FAILED("validation-failed", "Ogiltig förfrågan / Invalid request"),

	MALFORMED_BODY("malformed-body", "Felaktig JSON / Malformed JSON"),

	UNKNOWN_FIELD("unknown-field", "Okänt fält / Unknown field"),

	NOT_FOUND("not-found", "Finns inte / Not found"),

	METHOD_NOT_ALLOWED("method-not-allowed", "Metoden stöds inte / Method not allowed"),

	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Innehållstypen stöds inte / Unsupported media type"),

	NOT_ACCEPTABLE("not-acceptable", "Svarsformatet stöds inte / Not acceptable"),

	PAYLOAD_TOO_LARGE("payload-too-large", "För stor förfrågan / Payload too large"),

	CONFLICT("conflict", "Ändrad av någon annan / Changed concurrently"),

	UNKNOWN_TENANT("unknown-tenant", "Okänd organisation / Unknown tenant"),

	UNAUTHENTICATED("unauthenticated", "Inloggning krävs / Authentication required"),

	FORBIDDEN("forbidden", "Åtkomst nekad / Forbidden"),

	TOO_MANY_REQUESTS("too-many-requests", "För många förfrågningar / Too many requests"),

	ALREADY_BOOKED("already-booked", "Kollegan är redan bokad till mötet / Already booked for the meeting"),

	MAGIC_LINK_INVALID("magic-link-invalid", "Ogiltig länk / Invalid link"),

	MAGIC_LINK_EXPIRED("magic-link-expired", "Länken har gått ut / Link expired"),

	MAGIC_LINK_USED("magic-link-used", "Länken är redan använd / Link already used"),

	TRANSCRIPT_NOT_WANTED("transcript-not-wanted",
			"Mötet kan inte ta emot en transkription / The meeting cannot take a transcript"),

	ACTION_CLOSED("action-closed", "Åtgärden är redan avslutad / The action is already closed"),

	CONFIRMATION_REQUIRED("confirmation-required", "Bekräftelse krävs / Confirmation required"),

	BREAK_GLASS_OPEN("break-glass-open", "Nödåtkomsten är redan öppen / Break-glass access is already open"),

	INTERNAL_ERROR("internal-error", "Något gick fel hos oss / Internal error");

	public static final String BASE = "https://kollegan.postboxen.se/problems/";

	private final URI type;

	private final String title;

	Problems(String slug, String title) {
		this.type = URI.create(BASE + slug);
		this.title = title;
	}

	public URI type() {
		return this.type;
	}

	public ProblemDetail detail(HttpStatusCode status, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(this.type);
		problem.setTitle(this.title);
		problem.setDetail(detail);
		String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
		if (correlationId != null) {
			problem.setProperty("correlationId", correlationId);
		}
		return problem;
	}

	/** A 400 naming each failing field and what is wrong with it. */
	public static ProblemDetail invalid(List<FieldError> errors) {
		ProblemDetail problem = VALIDATION_FAILED.detail(HttpStatus.BAD_REQUEST,
				"Kontrollera fälten / Check the fields: "
						+ String.join(", ", errors.stream().map(FieldError::field).distinct().toList()));
		problem.setProperty("errors", errors);
		return problem;
	}

	/** One failing field of a request. */
	public record FieldError(String field, String message) {

	}

}
