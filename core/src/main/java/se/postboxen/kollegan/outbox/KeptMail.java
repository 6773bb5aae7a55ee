package se.postboxen.kollegan.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A mail kept in the outbox, as its reader sees it. */
public record KeptMail(UUID id, OutgoingMail mail, Instant keptAt) {

	public KeptMail {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(mail, "mail");
		Objects.requireNonNull(keptAt, "keptAt");
	}

}
