package se.postboxen.kollegan.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * Meetings whose data was deleted on request, remembered only as one-way marks of what
 * identifies them (calendar UID and occurrence, join link and start), so that a calendar
 * sync or a recurring series does not quietly book the agent into them again. Asking for
 * the agent explicitly (API, magic link, chat) clears the mark.
 */
public interface ForgottenMeetings {

	void forget(TenantId tenantId, Set<String> marks);

	boolean anyForgotten(TenantId tenantId, Set<String> marks);

	void unforget(TenantId tenantId, Set<String> marks);

	/**
	 * The marks of a meeting: digests, so the mark names neither the meeting nor anyone
	 * in it.
	 */
	static Set<String> marks(TenantId tenantId, ExternalIds ids, String joinUrlKey, Instant startsAt) {
		Set<String> marks = new LinkedHashSet<>();
		if (ids.icalUid() != null) {
			marks.add(digest(tenantId, "uid", ids.icalUid() + "|" + ids.occurrence()));
		}
		if (ids.platformMeetingId() != null) {
			marks.add(digest(tenantId, "platform", ids.platformMeetingId() + "|" + startsAt.getEpochSecond()));
		}
		marks.add(digest(tenantId, "link", joinUrlKey + "|" + startsAt.getEpochSecond()));
		return marks;
	}

	static Set<String> marks(Meeting meeting) {
		return marks(meeting.tenantId(), meeting.externalIds(), meeting.joinUrlKey(), meeting.startsAt());
	}

	private static String digest(TenantId tenantId, String kind, String value) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update((tenantId.value() + "|" + kind + "|").getBytes(StandardCharsets.UTF_8));
			return kind + ":" + HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
