package se.postboxen.kollegan.bot.outbox.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.outbox.KeptMail;
import se.postboxen.kollegan.outbox.MailOutbox;

/**
 * The signed-in person's own mail from Kollegan that was kept rather than sent (no mail
 * server configured): their nudges and notices, newest first. Nobody reads another's.
 */
@RestController
class OutboxController {

	private static final int LIMIT = 50;

	private final MailOutbox outbox;

	private final CurrentUser currentUser;

	OutboxController(MailOutbox outbox, CurrentUser currentUser) {
		this.outbox = outbox;
		this.currentUser = currentUser;
	}

	@GetMapping(path = "/api/agents/outbox", produces = MediaType.APPLICATION_JSON_VALUE)
	List<KeptMailResponse> mine() {
		KolleganUser user = this.currentUser.get();
		if (user.email() == null) {
			return List.of();
		}
		return this.outbox.to(user.tenantId(), user.email(), LIMIT).stream().map(KeptMailResponse::of).toList();
	}

	record KeptMailResponse(UUID id, String kind, String subject, String text, Instant keptAt) {

		static KeptMailResponse of(KeptMail kept) {
			return new KeptMailResponse(kept.id(), kept.mail().kind(), kept.mail().subject(), kept.mail().text(),
					kept.keptAt());
		}

	}

}
