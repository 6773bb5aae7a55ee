package se.postboxen.kollegan.bot.magiclink.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.bot.web.constraints.HttpsUrl;
import se.postboxen.kollegan.bot.web.constraints.SingleLine;
import se.postboxen.kollegan.bot.web.constraints.ValidMeetingTime;
import se.postboxen.kollegan.magiclink.MagicLinkBooking;
import se.postboxen.kollegan.meeting.Meeting;

/** Making a magic link: for meetings the agent can be neither invited to nor find. */
@RestController
class MagicLinkController {

	private final MagicLinkBooking booking;

	private final CurrentTenant currentTenant;

	private final CurrentUser currentUser;

	MagicLinkController(MagicLinkBooking booking, CurrentTenant currentTenant, CurrentUser currentUser) {
		this.booking = booking;
		this.currentTenant = currentTenant;
		this.currentUser = currentUser;
	}

	@PostMapping(path = "/api/agents/magic-links", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	MagicLinkResponse make(@Valid @RequestBody MagicLinkRequest request) {
		KolleganUser user = this.currentUser.get();
		ZoneId zone = this.currentTenant.get().timeZone();
		MagicLinkBooking.Made made = this.booking.make(user.tenantId(), user.subject(), user.email(), request.title(),
				URI.create(request.joinUrl()), request.startsAt().atZoneSameInstant(zone),
				request.endsAt().atZoneSameInstant(zone));
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/m/{token}")
			.buildAndExpand(made.token())
			.toUriString();
		return new MagicLinkResponse(url, made.link().expiresAt().atZone(zone).toOffsetDateTime());
	}

	@ValidMeetingTime
	record MagicLinkRequest(@NotBlank @Size(max = Meeting.MAX_TITLE_LENGTH) @SingleLine String title,
			@NotBlank @Size(max = Meeting.MAX_JOIN_URL_LENGTH) @HttpsUrl String joinUrl,
			@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt) implements ValidMeetingTime.Span {

	}

	record MagicLinkResponse(String url, OffsetDateTime expiresAt) {

	}

}
