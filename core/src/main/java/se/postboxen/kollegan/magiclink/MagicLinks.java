package se.postboxen.kollegan.magiclink;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The stored magic links. */
public interface MagicLinks {

	void save(MagicLink link);

	Optional<MagicLink> findById(UUID id);

	/**
	 * Marks the link used unless it already is — atomically, so that two confirmations at
	 * once schedule once.
	 * @return whether this call used it
	 */
	boolean use(UUID id, Instant at);

}
