package se.postboxen.kollegan.bot.offboarding.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.meeting.VisibleMeetings;
import se.postboxen.kollegan.bot.offboarding.TenantOffboarding;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.web.InvalidRequestException;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.offboarding.Offboarding;
import se.postboxen.kollegan.person.EmailAddress;

/**
 * "Remove the agent and delete everything": for a meeting (anyone it concerns), for a
 * person (an administrator answering a data-subject request) and for the whole tenant (an
 * administrator, in two steps). Each answers with a deletion receipt.
 */
@RestController
class OffboardingController {

	private final Offboarding offboarding;

	private final TenantOffboarding tenantOffboarding;

	private final VisibleMeetings visibleMeetings;

	private final CurrentUser currentUser;

	OffboardingController(Offboarding offboarding, TenantOffboarding tenantOffboarding, VisibleMeetings visibleMeetings,
			CurrentUser currentUser) {
		this.offboarding = offboarding;
		this.tenantOffboarding = tenantOffboarding;
		this.visibleMeetings = visibleMeetings;
		this.currentUser = currentUser;
	}

	@PostMapping(path = "/api/agents/meetings/{id}/offboard", produces = MediaType.APPLICATION_JSON_VALUE)
	DeletionReceiptResponse meeting(@PathVariable UUID id) {
		Meeting meeting = this.visibleMeetings.ownedByCaller(new MeetingId(id));
		return DeletionReceiptResponse.of(this.offboarding.meeting(meeting.tenantId(), meeting.id(),
				Actor.user(this.currentUser.get().subject())));
	}

	record PersonRequest(@NotBlank @Email @Size(max = EmailAddress.MAX_LENGTH) String email) {

	}

	@PostMapping(path = "/api/admin/offboard/person", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	DeletionReceiptResponse person(@Valid @RequestBody PersonRequest request) {
		KolleganUser user = this.currentUser.get();
		EmailAddress email;
		try {
			email = EmailAddress.of(request.email());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(
					List.of(new Problems.FieldError("email", "ogiltig e-postadress / invalid e-mail address")));
		}
		return DeletionReceiptResponse.of(this.offboarding.person(user.tenantId(), email, Actor.user(user.subject())));
	}

	record TenantRequest(@Nullable @Size(max = 200) String confirmationToken) {

	}

	/**
	 * Without a token: 428 with one, valid for a few minutes. With it: the tenant is
	 * offboarded and the receipt returned.
	 */
	@PostMapping(path = "/api/admin/offboard",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<?> tenant(@Valid @RequestBody(required = false) @Nullable TenantRequest request) {
		KolleganUser user = this.currentUser.get();
		String token = (request != null) ? request.confirmationToken() : null;
		if (token == null || token.isBlank()) {
			TenantOffboarding.Confirmation confirmation = this.tenantOffboarding.ask(user);
			ProblemDetail problem = Problems.CONFIRMATION_REQUIRED.detail(HttpStatus.PRECONDITION_REQUIRED,
					"Allt organisationen har i Kollegan raderas. Skicka confirmationToken för att bekräfta / "
							+ "Everything the organisation has in Kollegan is deleted. Send confirmationToken to confirm");
			problem.setProperty("confirmationToken", confirmation.token());
			problem.setProperty("expiresAt", confirmation.expiresAt().toString());
			return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return this.tenantOffboarding.confirm(user, token)
			.<ResponseEntity<?>>map(receipt -> ResponseEntity.ok(DeletionReceiptResponse.of(receipt)))
			.orElseGet(() -> {
				throw new InvalidRequestException(List
					.of(new Problems.FieldError("confirmationToken", "ogiltig eller utgången / invalid or expired")));
			});
	}

}
