package se.postboxen.kollegan.stakeholder;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A stakeholder in a list, with the figures counted over the meetings its reader may see.
 */
public record StakeholderSummary(Stakeholder stakeholder, long meetingsAttended, @Nullable Instant lastSeen) {

	public StakeholderSummary {
		Objects.requireNonNull(stakeholder, "stakeholder");
	}

}
