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

import se.postboxen.kollegan.adapter.meetingbot.RecallWebhooks;
import se.postboxen.kollegan.attendance.BotReports;

/**
 * Bot status webhooks from a Recall.ai-compatible gateway: verified (Standard Webhooks,
 * {@code webhook-*} or the older {@code svix-*} headers) before anything is read; 401 and
 * nothing changed otherwise. Applying a report is a few row updates, well within the
 * gateway's 15 seconds.
 */
@RestController
class RecallWebhookController {

	private final ObjectProvider<RecallWebhooks> webhooks;

	private final BotReports reports;

	RecallWebhookController(ObjectProvider<RecallWebhooks> webhooks, BotReports reports) {
		this.webhooks = webhooks;
		this.reports = reports;
	}

	@PostMapping("/api/meetingbot/recall")
	ResponseEntity<Void> receive(@RequestHeader(name = "webhook-id", required = false) @Nullable String id,
			@RequestHeader(name = "webhook-timestamp", required = false) @Nullable String timestamp,
			@RequestHeader(name = "webhook-signature", required = false) @Nullable String signature,
			@RequestHeader(name = "svix-id", required = false) @Nullable String svixId,
			@RequestHeader(name = "svix-timestamp", required = false) @Nullable String svixTimestamp,
			@RequestHeader(name = "svix-signature", required = false) @Nullable String svixSignature,
			@RequestBody byte[] body) {
		RecallWebhooks recall = this.webhooks.getIfAvailable();
		if (recall == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No Recall.ai gateway is configured");
		}
		boolean valid = (id != null) ? recall.verify(id, timestamp, signature, body)
				: recall.verify(svixId, svixTimestamp, svixSignature, body);
		if (!valid) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Missing or wrong webhook signature");
		}
		recall.read(body).ifPresent(this.reports::reported);
		return ResponseEntity.ok().build();
	}

}
