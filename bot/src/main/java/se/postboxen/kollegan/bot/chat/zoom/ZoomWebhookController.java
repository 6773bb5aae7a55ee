package se.postboxen.kollegan.bot.chat.zoom;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.postboxen.kollegan.adapter.zoom.ZoomEvent;
import se.postboxen.kollegan.adapter.zoom.ZoomWebhooks;
import se.postboxen.kollegan.attendance.Attendance;
import se.postboxen.kollegan.chat.ChatCommands;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Zoom's webhooks: the chatbot's slash commands and button clicks, the endpoint's URL
 * validation, meeting and recording events. Verified ({@code x-zm-signature} over the raw
 * body, five minutes) before anything is read; 401 and nothing done otherwise. Then thin:
 * the URL validation is answered in the response, a command, consent answer or nudge
 * answer is queued, a meeting's start, end or transcript is told to the attendance, and
 * Zoom gets its 200 well within its 3 seconds. Deliveries from a Zoom account no tenant
 * installed Kollegan in get 200 too, since Zoom retries anything else, but nothing is
 * done with them.
 */
@RestController
class ZoomWebhookController {

	private static final Logger logger = LoggerFactory.getLogger(ZoomWebhookController.class);

	private final ObjectProvider<ZoomWebhooks> webhooks;

	private final ChatInstallations installations;

	private final ChatCommands commands;

	private final Attendance attendance;

	ZoomWebhookController(ObjectProvider<ZoomWebhooks> webhooks, ChatInstallations installations, ChatCommands commands,
			Attendance attendance) {
		this.webhooks = webhooks;
		this.installations = installations;
		this.commands = commands;
		this.attendance = attendance;
	}

	@PostMapping("/api/zoom/webhook")
	ResponseEntity<?> receive(@RequestHeader(name = "x-zm-signature", required = false) @Nullable String signature,
			@RequestHeader(name = "x-zm-request-timestamp", required = false) @Nullable String timestamp,
			@RequestBody byte[] body) {
		ZoomWebhooks zoom = this.webhooks.getIfAvailable();
		if (zoom == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No Zoom webhook secret token is configured");
		}
		if (!zoom.verify(signature, timestamp, body)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Missing, stale or wrong Zoom signature");
		}
		ZoomEvent event;
		try {
			event = zoom.read(body);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body is not a Zoom event");
		}
		// Java 17: no pattern switch yet, so the sealed set is walked by hand.
		if (event instanceof ZoomEvent.UrlValidation validation) {
			return ResponseEntity.ok(validation);
		}
		if (event instanceof ZoomEvent.Command command) {
			tenantOf(command.accountId(), "bot_notification")
				.ifPresent(tenantId -> this.commands.receive(tenantId, command.deliveryId(), command.command()));
		}
		else if (event instanceof ZoomEvent.ConsentClick click) {
			tenantOf(click.accountId(), "interactive_message_actions")
				.ifPresent(tenantId -> this.commands.receiveConsent(tenantId, click.deliveryId(), click.answer()));
		}
		else if (event instanceof ZoomEvent.ActionClick click) {
			tenantOf(click.accountId(), "interactive_message_actions")
				.ifPresent(tenantId -> this.commands.receiveActionAnswer(tenantId, click.deliveryId(), click.answer()));
		}
		else if (event instanceof ZoomEvent.MeetingSignal signal) {
			// Told here rather than queued: core has no job for a platform's report, and
			// this one is quick and bounded (one search of the tenant's meetings within
			// half a day of the time, then job enqueues). Its job keys name the meeting
			// and the signal, so a redelivery of the event queues nothing new.
			tenantOf(signal.accountId(), "meeting event " + signal.signal()).ifPresent(tenantId -> this.attendance
				.platformReported(tenantId, signal.joinUrlKey(), signal.signal(), signal.around()));
		}
		return ResponseEntity.ok().build();
	}

	private Optional<TenantId> tenantOf(String accountId, String event) {
		Optional<TenantId> tenantId = this.installations.tenantOf(ChatPlatformKind.ZOOM, accountId);
		if (tenantId.isEmpty()) {
			logger.info("Zoom {} from account {} ignored: Kollegan is not installed for it", event, accountId);
		}
		return tenantId;
	}

}
