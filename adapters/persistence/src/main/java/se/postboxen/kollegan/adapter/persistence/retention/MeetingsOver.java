package se.postboxen.kollegan.adapter.persistence.retention;

/**
 * How the sweep finds meeting-based rows past their period: by meetings that are over
 * (done, failed or cancelled) and ended before the cutoff. A meeting still under way, or
 * waiting for its analysis, is never among them, whenever it was meant to end.
 */
public final class MeetingsOver {

	/**
	 * A meeting (alias {@code m}) that is over: in a status it never leaves. The sweep's
	 * partial index covers them.
	 */
	public static final String OVER = "m.status IN ('DONE', 'FAILED', 'CANCELLED')";

	private MeetingsOver() {
	}

	/**
	 * A query for up to {@code :limit} of tenant {@code :tenantId}'s meetings that are
	 * over, ended before {@code :cutoff} and still have rows in the table, oldest first.
	 * @param table a table with a {@code meeting_id} column, named by the caller (never
	 * by input)
	 */
	public static String withRowsIn(String table) {
		return "SELECT m.id FROM meeting m WHERE m.tenant_id = :tenantId AND " + OVER
				+ " AND m.ends_at < :cutoff AND EXISTS (SELECT 1 FROM " + table
				+ " r WHERE r.meeting_id = m.id) ORDER BY m.ends_at LIMIT :limit";
	}

}
