package se.postboxen.kollegan.adapter.persistence.stakeholder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.adapter.persistence.retention.MeetingsOver;
import se.postboxen.kollegan.retention.ExpiringData;
import se.postboxen.kollegan.retention.RetentionKind;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Stakeholder facts past their period, by their meeting's end, the way facts always leave
 * ({@link StakeholderFacts}): a profile left with no fact goes too, also one left so by
 * an earlier step of the sweep (an action deleted with its recap takes its commitment
 * along), and the others' last-seen time is read again.
 */
@Component
class StakeholderExpiry implements ExpiringData {

	private final JdbcClient jdbc;

	private final StakeholderFacts facts;

	StakeholderExpiry(JdbcClient jdbc, StakeholderFacts facts) {
		this.jdbc = jdbc;
		this.facts = facts;
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.STAKEHOLDER;
	}

	@Override
	public Map<String, Long> deleteExpired(TenantId tenantId, Instant cutoff, int limit) {
		Map<String, Object> params = Map.of("tenantId", tenantId.value(), "cutoff", Timestamp.from(cutoff), "limit",
				limit);
		List<UUID> affected = new ArrayList<>(this.jdbc
			.sql("DELETE FROM stakeholder_fact WHERE tenant_id = :tenantId AND meeting_id IN ("
					+ MeetingsOver.withRowsIn("stakeholder_fact") + ") RETURNING stakeholder_id")
			.params(params)
			.query(UUID.class)
			.list());
		int facts = affected.size();
		affected.addAll(this.jdbc.sql("""
				SELECT s.id FROM stakeholder s WHERE s.tenant_id = :tenantId
				    AND NOT EXISTS (SELECT 1 FROM stakeholder_fact f WHERE f.stakeholder_id = s.id) LIMIT :limit
				""").params(params).query(UUID.class).list());
		Map<String, Long> deleted = new LinkedHashMap<>();
		deleted.put("stakeholder_fact", (long) facts);
		deleted.put("stakeholder (no source left)", this.facts.forgetUnsourced(tenantId, affected));
		return deleted;
	}

}
