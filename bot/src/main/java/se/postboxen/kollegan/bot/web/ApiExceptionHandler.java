package se.postboxen.kollegan.bot.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import se.postboxen.kollegan.bot.tenant.UnknownTenantException;
import se.postboxen.kollegan.meeting.ConcurrentMeetingUpdateException;
import se.postboxen.kollegan.meeting.IllegalMeetingTransitionException;
import se.postboxen.kollegan.meeting.MeetingNotFoundException;
import se.postboxen.kollegan.recap.TranscriptNotWantedException;
import se.postboxen.kollegan.transcript.UnreadableTranscriptException;

/**
 * Turns every failure of an API call into {@code application/problem+json} with a stable
 * type and the names of the failing fields. Messages are written here, never taken from
 * an exception, so that no class name, SQL or input echo reaches the client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new Problems.FieldError(error.getField(), message(error)));
		}
		for (ObjectError error : ex.getBindingResult().getGlobalErrors()) {
			errors.add(new Problems.FieldError(error.getObjectName(), message(error)));
		}
		return problem(Problems.invalid(errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Problems.FieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach(error -> errors.add(new Problems.FieldError((name != null) ? name : "?", message(error))));
		});
		return problem(Problems.invalid(errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		return problem(Problems.invalid(List
			.of(new Problems.FieldError((name != null) ? name : "?", "har fel format / has the wrong format"))));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (RequestBodyLimitFilter.causedByLimit(ex)) {
			return problem(Problems.PAYLOAD_TOO_LARGE.detail(HttpStatus.CONTENT_TOO_LARGE, null));
		}
		if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
			ProblemDetail problem = Problems.UNKNOWN_FIELD.detail(HttpStatus.BAD_REQUEST,
					"Okänt fält / Unknown field: " + path(unknown));
			problem.setProperty("errors",
					List.of(new Problems.FieldError(path(unknown), "okänt fält / unknown field")));
			return problem(problem);
		}
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			return problem(Problems.invalid(
					List.of(new Problems.FieldError(path(jackson), "har fel typ eller format / has the wrong type"))));
		}
		return problem(Problems.MALFORMED_BODY.detail(HttpStatus.BAD_REQUEST,
				"Förfrågan är inte giltig JSON / The body is not valid JSON"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		// Everything Spring MVC maps itself (404, 405, 406, 415 …): keep its status and
		// headers such as Allow, but give it our type and words. Spring passes no body
		// for
		// these and fills in its own only after this point.
		if (!(body instanceof ProblemDetail problem) || !String.valueOf(problem.getType()).startsWith(Problems.BASE)) {
			body = ProblemMapping.forStatus(statusCode);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<Object> invalidRequest(InvalidRequestException ex) {
		return problem(Problems.invalid(ex.errors()));
	}

	@ExceptionHandler(MeetingNotFoundException.class)
	ResponseEntity<Object> notFound(MeetingNotFoundException ex) {
		return problem(Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND, "Mötet finns inte / No such meeting"));
	}

	@ExceptionHandler(TranscriptNotWantedException.class)
	ResponseEntity<Object> transcriptNotWanted(TranscriptNotWantedException ex) {
		// The reasons are fixed phrases of the use case, never the transcript.
		return problem(Problems.TRANSCRIPT_NOT_WANTED.detail(HttpStatus.CONFLICT, ex.getMessage()));
	}

	@ExceptionHandler(UnreadableTranscriptException.class)
	ResponseEntity<Object> unreadableTranscript(UnreadableTranscriptException ex) {
		return problem(Problems.invalid(List.of(new Problems.FieldError("body",
				"ingen läsbar transkription (WebVTT eller Namn: text) / no readable transcript (WebVTT or Name: text)"))));
	}

	@ExceptionHandler(JobNotFoundException.class)
	ResponseEntity<Object> jobNotFound(JobNotFoundException ex) {
		return problem(Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND, "Jobbet finns inte / No such job"));
	}

	@ExceptionHandler(ConcurrentMeetingUpdateException.class)
	ResponseEntity<Object> conflict(ConcurrentMeetingUpdateException ex) {
		return problem(
				Problems.CONFLICT.detail(HttpStatus.CONFLICT, "Läs om och försök igen / Read it again and retry"));
	}

	@ExceptionHandler(IllegalMeetingTransitionException.class)
	ResponseEntity<Object> illegalTransition(IllegalMeetingTransitionException ex) {
		return problem(Problems.CONFLICT.detail(HttpStatus.CONFLICT,
				"Mötet är redan " + ex.from() + " / The meeting is already " + ex.from()));
	}

	@ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(org.springframework.security.access.AccessDeniedException ex) {
		return problem(Problems.FORBIDDEN.detail(HttpStatus.FORBIDDEN, null));
	}

	@ExceptionHandler(UnknownTenantException.class)
	ResponseEntity<Object> unknownTenant(UnknownTenantException ex) {
		return problem(Problems.UNKNOWN_TENANT.detail(HttpStatus.FORBIDDEN, null));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> domainRuleBroken(IllegalArgumentException ex) {
		// Bean Validation mirrors the domain's rules, so this is a rule the API does not
		// know yet. Say it is invalid without echoing the message, and log it to close
		// the gap.
		logger.warn("Domain rejected a request that passed API validation: {}", ex.getMessage());
		return problem(Problems.VALIDATION_FAILED.detail(HttpStatus.BAD_REQUEST, null));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		logger.error("Unexpected failure", ex);
		return problem(Problems.INTERNAL_ERROR.detail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Ange correlationId om du kontaktar oss / Quote the correlationId when contacting us"));
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	private static String message(MessageSourceResolvable error) {
		return (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "ogiltigt värde / invalid value";
	}

	/** {@code participants[2].email} from Jackson's path. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

}
