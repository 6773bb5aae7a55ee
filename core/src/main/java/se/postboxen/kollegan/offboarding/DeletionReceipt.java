package se.postboxen.kollegan.offboarding;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an offboarding deleted: every store looked at and how many rows or keys it
 * removed, and when the last backup still holding the data expires.
 *
 * @param scope {@code meeting}, {@code person} or {@code tenant}
 * @param subject the meeting's or tenant's id; for a person, a digest of the address (the
 * receipt must not itself keep what was erased)
 */
public record DeletionReceipt(String scope, String subject, Instant deletedAt, Map<String, Long> removed,
		Instant backupsExpireAt) {

	public DeletionReceipt {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(deletedAt, "deletedAt");
		removed = Collections.unmodifiableMap(new TreeMap<>(removed));
		Objects.requireNonNull(backupsExpireAt, "backupsExpireAt");
	}

	public long total() {
		return this.removed.values().stream().mapToLong(Long::longValue).sum();
	}

}
