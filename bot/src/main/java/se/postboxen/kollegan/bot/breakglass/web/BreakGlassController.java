package se.postboxen.kollegan.bot.breakglass.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.breakglass.BreakGlass;
import se.postboxen.kollegan.breakglass.BreakGlassGrant;
import se.postboxen.kollegan.breakglass.BreakGlassGrantId;
import se.postboxen.kollegan.breakglass.BreakGlassRefusedException;
import se.postboxen.kollegan.tenant.Role;

/**
 * Break-glass access over the API. A person the identity provider marks eligible opens
 * access for themselves and may end it; administrators and auditors list every grant of
 * their tenant with its reason, and administrators end any. An eligible person sees only
 * their own grants, and another's grant answers as one that does not exist.
 */
@RestController
@Validated
@RequestMapping(path = "/api/agents/break-glass", produces = MediaType.APPLICATION_JSON_VALUE)
class BreakGlassController {

	private final BreakGlass breakGlass;

	private final CurrentUser currentUser;

	private final Clock clock;

	BreakGlassController(BreakGlass breakGlass, CurrentUser currentUser, Clock clock) {
		this.breakGlass = breakGlass;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * @param minutes how long; the configured longest caps it (checked by the use case,
	 * which knows it)
	 */
	record OpenRequest(
			@NotBlank @Size(min = BreakGlassGrant.MIN_REASON_LENGTH,
					max = BreakGlassGrant.MAX_REASON_LENGTH) String reason,
			@NotNull @Min(5) @Max(480) Integer minutes) {

	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> open(@Valid @RequestBody OpenRequest request) {
		KolleganUser user = this.currentUser.get();
		return this.breakGlass
			.open(new BreakGlass.Request(user.tenantId(), user.subject(), user.name(), user.email(), request.reason(),
					Duration.ofMinutes(request.minutes())))
			.<ResponseEntity<?>>map(grant -> ResponseEntity.created(URI.create("/api/agents/break-glass/" + grant.id()))
				.body(GrantResponse.of(grant, this.clock.instant())))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.CONFLICT)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.BREAK_GLASS_OPEN.detail(HttpStatus.CONFLICT,
						"Avsluta den öppna åtkomsten först / End the open access first")));
	}

	@GetMapping
	List<GrantResponse> list(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		KolleganUser user = this.currentUser.get();
		Instant now = this.clock.instant();
		return this.breakGlass.recent(user.tenantId(), limit)
			.stream()
			.filter(grant -> reviews(user) || grant.subject().equals(user.subject()))
			.map(grant -> GrantResponse.of(grant, now))
			.toList();
	}

	@DeleteMapping("/{id}")
	ResponseEntity<?> end(@PathVariable UUID id) {
		KolleganUser user = this.currentUser.get();
		BreakGlassGrantId grantId = new BreakGlassGrantId(id);
		boolean own = this.breakGlass.find(user.tenantId(), grantId)
			.filter(grant -> grant.subject().equals(user.subject()))
			.isPresent();
		// Rights from a grant end that grant, not others': only an administrator by the
		// identity provider's word ends another person's.
		boolean administrator = user.has(Role.ADMIN) && !this.currentUser.byBreakGlass();
		if (!own && !administrator) {
			return notFound();
		}
		return this.breakGlass.end(user.tenantId(), grantId, Actor.user(user.subject()))
			.<ResponseEntity<?>>map(grant -> ResponseEntity.noContent().build())
			.orElseGet(BreakGlassController::notFound);
	}

	/** No such grant, another's, or one that has ended: the same answer for all three. */
	private static ResponseEntity<ProblemDetail> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND, "Finns inte / Not found"));
	}

	/** Administrators (by the identity provider's word) and auditors see every grant. */
	private boolean reviews(KolleganUser user) {
		return (user.has(Role.ADMIN) && !this.currentUser.byBreakGlass()) || user.has(Role.AUDITOR);
	}

	@ExceptionHandler(BreakGlassRefusedException.class)
	ResponseEntity<ProblemDetail> refused(BreakGlassRefusedException ex) {
		return ResponseEntity.badRequest()
			.body(Problems.invalid(List.of(new Problems.FieldError(ex.field(), ex.getMessage()))));
	}

	/**
	 * A grant as administrators and auditors review it.
	 *
	 * @param active whether it gives rights now
	 */
	record GrantResponse(UUID id, String subject, String name, @Nullable String email, String reason, Instant openedAt,
			Instant expiresAt, @Nullable Instant endedAt, @Nullable String endedBy, boolean active) {

		static GrantResponse of(BreakGlassGrant grant, Instant now) {
			return new GrantResponse(grant.id().value(), grant.subject(), grant.name(),
					(grant.email() != null) ? grant.email().value() : null, grant.reason(), grant.openedAt(),
					grant.expiresAt(), grant.endedAt(),
					(grant.endedBy() != null) ? grant.endedBy().kind().name() + ":" + grant.endedBy().id() : null,
					grant.activeAt(now));
		}

	}

}
