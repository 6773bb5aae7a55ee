package se.postboxen.kollegan.chat;

import java.time.Instant;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * The states of install flows (OAuth {@code state}) that came back, so that each is used
 * once: a state copied from a browser's history or a log cannot install a workspace
 * again. Kept in the database with the job queue's own de-duplication rather than in a
 * cache that may forget.
 */
public interface ChatInstallStates {

	/**
	 * Marks the state's nonce as used.
	 * @param expiresAt after this the state is refused anyway, and the mark may go
	 * @return {@code true} the first time, {@code false} when it was used before
	 */
	boolean useOnce(TenantId tenantId, String nonce, Instant expiresAt);

}
