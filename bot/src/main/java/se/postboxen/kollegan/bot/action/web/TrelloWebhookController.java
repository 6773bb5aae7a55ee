package se.postboxen.kollegan.bot.action.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import se.postboxen.kollegan.action.ExternalTaskRef.TaskBoardKind;
import se.postboxen.kollegan.action.TaskBoards;
import se.postboxen.kollegan.adapter.trello.TrelloWebhooks;

/**
 * Trello's webhooks: its {@code HEAD} check when a webhook is made, then deliveries,
 * verified ({@code X-Trello-Webhook} over the raw body and the callback URL) before
 * anything is read when the Power-Up's secret is set; 401 and nothing done otherwise.
 * Then thin: a card completed, archived or deleted that is linked to an action queues a
 * job that reads the card and follows it, and Trello gets its 200 at once. Deliveries
 * about other cards get 200 too, since Trello retries anything else.
 */
@RestController
@RequestMapping("/api/trello/webhook")
class TrelloWebhookController {

	private final TrelloWebhooks webhooks;

	private final TaskBoards boards;

	TrelloWebhookController(TrelloWebhooks webhooks, TaskBoards boards) {
		this.webhooks = webhooks;
		this.boards = boards;
	}

	/** Trello makes no webhook whose URL does not answer this with 200. */
	@RequestMapping(method = RequestMethod.HEAD)
	ResponseEntity<Void> check() {
		return ResponseEntity.ok().build();
	}

	@PostMapping
	ResponseEntity<Void> receive(@RequestHeader(name = "X-Trello-Webhook", required = false) @Nullable String signature,
			@RequestBody byte[] body) {
		if (!this.boards.available(TaskBoardKind.TRELLO)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Trello is not configured");
		}
		if (this.webhooks.verifies() && !this.webhooks.verify(signature, body)) {
			throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Missing or wrong Trello signature");
		}
		try {
			this.webhooks.read(body)
				.ifPresent(change -> this.boards.taskChanged(TaskBoardKind.TRELLO, change.cardId(), change.eventId()));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body is not a Trello delivery");
		}
		return ResponseEntity.ok().build();
	}

}
