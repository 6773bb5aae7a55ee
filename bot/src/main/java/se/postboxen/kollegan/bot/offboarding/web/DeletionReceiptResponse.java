package se.postboxen.kollegan.bot.offboarding.web;

import java.time.Instant;
import java.util.Map;

import se.postboxen.kollegan.offboarding.DeletionReceipt;

/**
 * The deletion receipt: every store looked at with the count removed, the total, and when
 * the data has left the last backup.
 */
record DeletionReceiptResponse(String scope, String subject, Instant deletedAt, Map<String, Long> removed, long total,
		Instant backupsExpireAt) {

	static DeletionReceiptResponse of(DeletionReceipt receipt) {
		return new DeletionReceiptResponse(receipt.scope(), receipt.subject(), receipt.deletedAt(), receipt.removed(),
				receipt.total(), receipt.backupsExpireAt());
	}

}
