package se.postboxen.kollegan.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Checks shared by the typed id records, so that an id can never hold {@code null}.
 */
public final class Ids {

	private Ids() {
	}

	public static UUID require(UUID value, String name) {
		return Objects.requireNonNull(value, () -> name + " must not be null");
	}

}
