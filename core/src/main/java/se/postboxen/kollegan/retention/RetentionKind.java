package se.postboxen.kollegan.retention;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of data a retention period applies to, each with its default and the limits a
 * tenant's administrator may set it between (in days; docs/retention.md says where each
 * limit comes from). Meeting-based kinds count from the meeting's end, and only for
 * meetings that are over; the others from their own time. The sweep works through the
 * kinds in this order, so that what hangs on a meeting goes before the meeting. Each has
 * a stable wire name, used in the API, the forms and the database.
 */
public enum RetentionKind {

	/**
	 * Transcripts of meetings at level Plus: at most the 30 days the plan gives the
	 * level. (Bas keeps none: see {@link RetentionSweeper}.)
	 */
	TRANSCRIPT_PLUS("transcript-plus", true, 30, 1, 30),

	/** Transcripts of meetings at level Juridik: at most the plan's 90 days. */
	TRANSCRIPT_JURIDIK("transcript-juridik", true, 90, 1, 90),

	/**
	 * The recap: summary, open questions, decisions and actions. At least 30 days, so
	 * that actions are not deleted under their nudges and follow-ups.
	 */
	RECAP("recap", true, 365, 30, 1825),

	/** Pre- and post-briefs. */
	BRIEF("brief", true, 365, 30, 1825),

	/**
	 * What stakeholder profiles are made of (their facts); a profile left with no fact
	 * goes with its last one.
	 */
	STAKEHOLDER("stakeholder", true, 365, 30, 730),

	/**
	 * The meeting itself (title, time, participants, consent answers, outcome): not set
	 * on its own, it goes when the longest of the meeting-based periods above has passed,
	 * so nothing is left hanging on it.
	 */
	MEETING("meeting", true, 0, 0, 0),

	/**
	 * The document copilot's documents: the text read from each upload and its analysis.
	 */
	DOCUMENT("document", false, 90, 1, 730),

	/**
	 * Older versions of watched regulatory texts; the newest version of each item is
	 * always kept, it is the text as it stands. At least 30 days, the window pre-briefs
	 * show changes from.
	 */
	REGWATCH("regwatch", false, 365, 30, 3650),

	/** Mail kept instead of sent where no mail server is configured. */
	MAIL_OUTBOX("mail-outbox", false, 30, 1, 365),

	/**
	 * Finished, cancelled and dead jobs of {@code agent-jobs} and their runs. At least a
	 * week, for administrators to see and retry dead jobs; at most the 30 days after
	 * which the installation's housekeeping removes finished jobs anyway.
	 */
	JOB_HISTORY("job-history", false, 30, 7, 30),

	/**
	 * The audit trail, deletion tombstones included. At least a year, Kollegan's floor
	 * for accounting for what was done with personal data.
	 */
	AUDIT_LOG("audit-log", false, 730, 365, 3650);

	private final String wireName;

	private final boolean meetingBased;

	private final int defaultDays;

	private final int minDays;

	private final int maxDays;

	RetentionKind(String wireName, boolean meetingBased, int defaultDays, int minDays, int maxDays) {
		this.wireName = wireName;
		this.meetingBased = meetingBased;
		this.defaultDays = defaultDays;
		this.minDays = minDays;
		this.maxDays = maxDays;
	}

	public String wireName() {
		return this.wireName;
	}

	/** Whether its period counts from the end of the meeting the data came from. */
	public boolean meetingBased() {
		return this.meetingBased;
	}

	/** Whether a tenant sets its period; the meeting's follows the others. */
	public boolean settable() {
		return this != MEETING;
	}

	public int defaultDays() {
		return this.defaultDays;
	}

	public int minDays() {
		return this.minDays;
	}

	public int maxDays() {
		return this.maxDays;
	}

	/** Whether a tenant may set this period to {@code days}. */
	public boolean allows(int days) {
		return settable() && days >= this.minDays && days <= this.maxDays;
	}

	/**
	 * A period stored before the limits changed, read as the nearest limit it is now
	 * allowed.
	 */
	int clamp(int days) {
		return Math.max(this.minDays, Math.min(this.maxDays, days));
	}

	/** The kind of a wire name, such as {@code transcript-plus}; exact, case and all. */
	public static Optional<RetentionKind> ofWireName(@Nullable String wireName) {
		return Arrays.stream(values()).filter(kind -> kind.wireName.equals(wireName)).findFirst();
	}

}
