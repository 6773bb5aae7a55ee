package se.postboxen.kollegan.retention;

import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.shared.Text;

/**
 * A tenant's hold on deletion (a dispute, a supervisory authority's inquiry, a request
 * for public documents): while it is placed the sweep deletes nothing because of its age.
 * Consent is not suspended by it: a Bas meeting's transcript still goes once its recap is
 * written, as its participants were promised.
 *
 * @param reason why, in the administrator's words (kept with the policy, never in the
 * audit trail)
 */
public record LegalHold(String reason, Instant placedAt) {

	public static final int MAX_REASON = 500;

	public LegalHold {
		reason = Text.required(reason, "reason", MAX_REASON);
		Objects.requireNonNull(placedAt, "placedAt");
	}

}
