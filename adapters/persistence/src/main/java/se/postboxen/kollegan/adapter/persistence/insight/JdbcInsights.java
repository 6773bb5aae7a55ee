package se.postboxen.kollegan.adapter.persistence.insight;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.persistence.stakeholder.StakeholderFacts;
import se.postboxen.kollegan.insight.InsightScope;
import se.postboxen.kollegan.insight.Insights;
import se.postboxen.kollegan.insight.MeetingCost;
import se.postboxen.kollegan.insight.MeetingCosts;
import se.postboxen.kollegan.insight.WeeklyFigures;
import se.postboxen.kollegan.meeting.MeetingId;

/**
 * Each figure is one aggregate query over the scope's meetings; no meeting is read into
 * memory to be counted.
 */
@Component
class JdbcInsights implements Insights {

	private final JdbcClient jdbc;

	JdbcInsights(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Weeks are cut in the scope's zone: {@code date_trunc('week', …)} starts them on
	 * Monday, as the ISO week does.
	 */
	@Override
	public List<WeeklyFigures> weekly(InsightScope scope) {
		Map<String, Object> params = params(scope);
		return this.jdbc.sql("""
				SELECT date_trunc('week', m.starts_at AT TIME ZONE :zone)::date AS week, count(*) AS meetings,
				    coalesce(sum(a.actions), 0) AS actions, coalesce(sum(a.done), 0) AS done
				FROM meeting m
				LEFT JOIN LATERAL (
				    SELECT count(*) FILTER (WHERE a.status <> 'CANCELLED') AS actions,
				        count(*) FILTER (WHERE a.status = 'DONE') AS done
				    FROM action_item a WHERE a.tenant_id = m.tenant_id AND a.meeting_id = m.id) a ON true
				WHERE %s
				GROUP BY week ORDER BY week
				""".formatted(where(scope)))
			.params(params)
			.query((rs, row) -> new WeeklyFigures(rs.getDate("week").toLocalDate(), rs.getLong("meetings"),
					rs.getLong("actions"), rs.getLong("done")))
			.list();
	}

	/**
	 * The totals are window aggregates, taken over every costed meeting before the limit
	 * cuts the list.
	 */
	@Override
	public MeetingCosts costs(InsightScope scope, int limit) {
		Map<String, Object> params = params(scope);
		params.put("limit", limit);
		List<CostRow> rows = this.jdbc
			.sql("""
					SELECT m.id, m.title, m.starts_at, u.uses > 0 AS model, coalesce(u.cost, 0) AS cost,
					    count(*) OVER () AS meetings, count(*) FILTER (WHERE u.uses > 0) OVER () AS with_model,
					    coalesce(sum(u.cost) OVER (), 0) AS total
					FROM meeting m
					JOIN LATERAL (
					    SELECT count(*) AS uses, sum(u.cost_sek) AS cost, max(u.used_at) AS used_at
					    FROM model_usage u WHERE u.tenant_id = m.tenant_id AND u.meeting_id = m.id) u ON true
					JOIN LATERAL (
					    SELECT max(r.prepared_at) AS prepared_at
					    FROM recap r WHERE r.tenant_id = m.tenant_id AND r.meeting_id = m.id AND r.status = 'READY') r ON true
					WHERE %s AND (u.uses > 0 OR r.prepared_at IS NOT NULL)
					-- Latest recapped first: a meeting's cost is known once its recap is written.
					ORDER BY greatest(r.prepared_at, u.used_at) DESC, m.id LIMIT :limit
					"""
				.formatted(where(scope)))
			.params(params)
			.query((rs, row) -> new CostRow(
					new MeetingCost(new MeetingId(rs.getObject("id", UUID.class)), rs.getString("title"),
							rs.getTimestamp("starts_at").toInstant(), rs.getBoolean("model"), rs.getBigDecimal("cost")),
					rs.getLong("meetings"), rs.getLong("with_model"), rs.getBigDecimal("total")))
			.list();
		if (rows.isEmpty()) {
			return MeetingCosts.none();
		}
		CostRow first = rows.get(0);
		return new MeetingCosts(rows.stream().map(CostRow::cost).toList(), first.meetings(), first.withModel(),
				first.totalSek());
	}

	private static Map<String, Object> params(InsightScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("tenantId", scope.tenantId().value());
		params.put("from", Timestamp.from(scope.from()));
		params.put("to", Timestamp.from(scope.to()));
		params.put("zone", scope.zone().getId());
		if (scope.concerning() != null) {
			params.put("email", scope.concerning().value());
		}
		return params;
	}

	/** A meeting's cost, with the totals every row repeats. */
	private record CostRow(MeetingCost cost, long meetings, long withModel, BigDecimal totalSek) {

	}

	private static String where(InsightScope scope) {
		String where = "m.tenant_id = :tenantId AND m.starts_at >= :from AND m.starts_at < :to "
				+ "AND m.status <> 'CANCELLED'";
		return (scope.concerning() != null) ? where + " AND " + StakeholderFacts.concerns("m") : where;
	}

}
