package se.postboxen.kollegan.bot.attendance.web;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.postboxen.kollegan.adapter.meetingbot.AttendeeWebhooks;
import se.postboxen.kollegan.attendance.BotReports;

/**
 * Bot status webhooks from an Attendee gateway: verified ({@code X-Webhook-Signature})
 * before anything is read; 401 and nothing changed otherwise. Applying a report is a few
 * row updates, well within the 10 seconds Attendee waits before it retries.
 */
@RestController
class AttendeeWebhookController {

	private final ObjectProvider<AttendeeWebhooks> webhooks;

	private final BotReports reports;

	AttendeeWebhookController(ObjectProvider<AttendeeWebhooks> webhooks, BotReports reports) {
		this.webhooks = webhooks;
		this.reports = reports;
	}

	@PostMapping("/api/meetingbot/attendee")
	ResponseEntity<Void> receive(
			@RequestHeader(name = "X-Webhook-Signature", required = false) @Nullable String signature,
			@RequestBody byte[] body) {
		AttendeeWebhooks attendee = this.webhooks.getIfAvailable();
		if (attendee == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No Attendee gateway is configured");
		}
		if (!attendee.verify(signature, body)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Missing or wrong webhook signature");
		}
		attendee.read(body).ifPresent(this.reports::reported);
		return ResponseEntity.ok().build();
	}

}
