package se.postboxen.kollegan.bot.dashboard;

import java.io.Serializable;
import java.time.Instant;
import java.util.TreeMap;

import se.postboxen.kollegan.offboarding.DeletionReceipt;

/**
 * A meeting's deletion receipt on its way to the page shown after the deletion. It
 * travels as a flash attribute in the session, hence serializable, and names no meeting
 * title or person: the receipt must not keep what was erased.
 */
record Receipt(Instant deletedAt, TreeMap<String, Long> removed, long total,
		Instant backupsExpireAt) implements Serializable {

	static Receipt of(DeletionReceipt receipt) {
		return new Receipt(receipt.deletedAt(), new TreeMap<>(receipt.removed()), receipt.total(),
				receipt.backupsExpireAt());
	}

}
