package se.postboxen.kollegan.adapter.persistence.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.retention.ExpiringData;
import se.postboxen.kollegan.retention.RetentionKind;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * One kind's deletes, in order: each a statement bounded by {@code :limit} that takes
 * {@code :tenantId} and {@code :cutoff}.
 */
final class ExpiringRows implements ExpiringData {

	private record Delete(String name, String sql) {

	}

	private final JdbcClient jdbc;

	private final RetentionKind kind;

	private final List<Delete> deletes;

	private ExpiringRows(JdbcClient jdbc, RetentionKind kind, List<Delete> deletes) {
		this.jdbc = jdbc;
		this.kind = kind;
		this.deletes = List.copyOf(deletes);
	}

	static ExpiringRows of(JdbcClient jdbc, RetentionKind kind) {
		return new ExpiringRows(jdbc, kind, List.of());
	}

	/**
	 * Then runs {@code sql}, whose deleted rows the audit entry counts as {@code name}.
	 */
	ExpiringRows delete(String name, String sql) {
		List<Delete> more = new ArrayList<>(this.deletes);
		more.add(new Delete(name, sql));
		return new ExpiringRows(this.jdbc, this.kind, more);
	}

	/** Then deletes the table's rows of meetings that are over and past the period. */
	ExpiringRows byMeeting(String table) {
		return delete(table, "DELETE FROM " + table + " WHERE tenant_id = :tenantId AND meeting_id IN ("
				+ MeetingsOver.withRowsIn(table) + ")");
	}

	/** Then deletes the table's rows whose own time is before the cutoff. */
	ExpiringRows byOwnTime(String table, String key, String time) {
		return delete(table, "DELETE FROM " + table + " WHERE " + key + " IN (SELECT " + key + " FROM " + table
				+ " WHERE tenant_id = :tenantId AND " + time + " < :cutoff LIMIT :limit)");
	}

	@Override
	public RetentionKind kind() {
		return this.kind;
	}

	@Override
	public Map<String, Long> deleteExpired(TenantId tenantId, Instant cutoff, int limit) {
		Map<String, Object> params = Map.of("tenantId", tenantId.value(), "cutoff", Timestamp.from(cutoff), "limit",
				limit);
		Map<String, Long> deleted = new LinkedHashMap<>();
		for (Delete delete : this.deletes) {
			deleted.merge(delete.name(), (long) this.jdbc.sql(delete.sql()).params(params).update(), Long::sum);
		}
		return deleted;
	}

}
