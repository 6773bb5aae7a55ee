package se.postboxen.kollegan.adapter.persistence.stakeholder;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.stakeholder.FactKind;
import se.postboxen.kollegan.stakeholder.ProfileFact;
import se.postboxen.kollegan.stakeholder.Stakeholder;
import se.postboxen.kollegan.stakeholder.StakeholderFact;
import se.postboxen.kollegan.stakeholder.StakeholderId;
import se.postboxen.kollegan.stakeholder.StakeholderPage;
import se.postboxen.kollegan.stakeholder.StakeholderSummary;
import se.postboxen.kollegan.stakeholder.Stakeholders;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcStakeholders implements Stakeholders {

	private final StakeholderRows rows;

	private final StakeholderFacts facts;

	private final JdbcClient jdbc;

	JdbcStakeholders(StakeholderRows rows, StakeholderFacts facts, JdbcClient jdbc) {
		this.rows = rows;
		this.facts = facts;
		this.jdbc = jdbc;
	}

	@Override
	public Stakeholder save(Stakeholder stakeholder) {
		long version = this.rows.findById(stakeholder.id().value())
			.filter(row -> row.tenantId().equals(stakeholder.tenantId().value()))
			.map(StakeholderRow::version)
			.orElse(0L);
		return toStakeholder(this.rows.save(new StakeholderRow(stakeholder.id().value(), stakeholder.tenantId().value(),
				stakeholder.email().value(), stakeholder.name(), stakeholder.organisation(), stakeholder.lastSeenAt(),
				version, null)));
	}

	@Override
	public Optional<Stakeholder> findById(TenantId tenantId, StakeholderId id) {
		return this.rows.findById(id.value())
			.filter(row -> row.tenantId().equals(tenantId.value()))
			.map(JdbcStakeholders::toStakeholder);
	}

	@Override
	public Optional<Stakeholder> findByEmail(TenantId tenantId, EmailAddress email) {
		return this.rows.findByTenantIdAndEmail(tenantId.value(), email.value()).map(JdbcStakeholders::toStakeholder);
	}

	@Override
	public List<Stakeholder> findAll(TenantId tenantId) {
		return this.rows.findByTenantIdOrderByName(tenantId.value())
			.stream()
			.map(JdbcStakeholders::toStakeholder)
			.toList();
	}

	/**
	 * The new facts are written before the stakeholders left without any are looked for,
	 * so that someone the meeting still names is not deleted on the way. A fact joining a
	 * stakeholder or meeting of another tenant is not written.
	 */
	@Override
	public void replaceFacts(TenantId tenantId, MeetingId meetingId, List<StakeholderFact> facts) {
		List<UUID> before = this.facts.deleteFacts(tenantId, meetingId);
		for (StakeholderFact fact : facts) {
			Map<String, Object> params = new HashMap<>();
			params.put("id", UUID.randomUUID());
			params.put("tenantId", tenantId.value());
			params.put("stakeholderId", fact.stakeholderId().value());
			params.put("meetingId", meetingId.value());
			params.put("kind", fact.kind().name());
			params.put("topic", fact.topic());
			params.put("actionId", (fact.action() != null) ? fact.action().value() : null);
			this.jdbc
				.sql("""
						INSERT INTO stakeholder_fact (id, tenant_id, stakeholder_id, meeting_id, kind, topic, action_item_id)
						SELECT :id, :tenantId, s.id, :meetingId, :kind, :topic, :actionId FROM stakeholder s
						WHERE s.id = :stakeholderId AND s.tenant_id = :tenantId
						   AND EXISTS (SELECT 1 FROM meeting m WHERE m.id = :meetingId AND m.tenant_id = :tenantId)
						""")
				.params(params)
				.update();
		}
		this.facts.forgetUnsourced(tenantId, before);
	}

	@Override
	public List<ProfileFact> facts(TenantId tenantId, StakeholderId id, @Nullable EmailAddress concerning) {
		Map<String, Object> params = new HashMap<>();
		params.put("tenantId", tenantId.value());
		params.put("id", id.value());
		String visible = "";
		if (concerning != null) {
			visible = " AND " + StakeholderFacts.concerns("m");
			params.put("email", concerning.value());
		}
		return this.jdbc.sql("""
				SELECT f.kind, f.topic, a.text AS action_text, a.status, a.due_date, m.id AS meeting_id,
				    m.title, m.starts_at
				FROM stakeholder_fact f
				JOIN meeting m ON m.id = f.meeting_id
				LEFT JOIN action_item a ON a.id = f.action_item_id
				WHERE f.tenant_id = :tenantId AND f.stakeholder_id = :id%s
				ORDER BY m.starts_at DESC, m.id, f.kind, f.created_at
				""".formatted(visible)).params(params).query(JdbcStakeholders::toFact).list();
	}

	@Override
	public StakeholderPage page(TenantId tenantId, @Nullable EmailAddress concerning, int page, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("tenantId", tenantId.value());
		String visible = "";
		String having = "";
		if (concerning != null) {
			visible = " AND " + StakeholderFacts.concerns("m");
			having = " HAVING count(f.id) > 0";
			params.put("email", concerning.value());
		}
		// Facts join only through meetings the reader may see, so the figures are theirs.
		String grouped = """
				FROM stakeholder s
				LEFT JOIN (stakeholder_fact f JOIN meeting m ON m.id = f.meeting_id%s) ON f.stakeholder_id = s.id
				WHERE s.tenant_id = :tenantId
				GROUP BY s.id%s
				""".formatted(visible, having);
		long total = this.jdbc.sql("SELECT count(*) FROM (SELECT s.id " + grouped + ") page")
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<StakeholderSummary> items = this.jdbc.sql("""
				SELECT s.id, s.tenant_id, s.email, s.name, s.organisation, s.last_seen_at,
				    count(DISTINCT f.meeting_id) FILTER (WHERE f.kind = 'ATTENDED') AS meetings,
				    max(m.starts_at) FILTER (WHERE f.kind = 'ATTENDED') AS seen
				""" + grouped + """
				ORDER BY lower(coalesce(s.name, s.email)), s.email LIMIT :limit OFFSET :offset
				""")
			.params(params)
			.query((rs, n) -> new StakeholderSummary(new Stakeholder(new StakeholderId(rs.getObject("id", UUID.class)),
					new TenantId(rs.getObject("tenant_id", UUID.class)), new EmailAddress(rs.getString("email")),
					rs.getString("name"), rs.getString("organisation"), instant(rs.getTimestamp("last_seen_at"))),
					rs.getLong("meetings"), instant(rs.getTimestamp("seen"))))
			.list();
		return new StakeholderPage(items, page, size, total);
	}

	private static ProfileFact toFact(ResultSet rs, int row) throws SQLException {
		FactKind kind = FactKind.valueOf(rs.getString("kind"));
		String text = switch (kind) {
			case ATTENDED -> rs.getString("title");
			case TOPIC -> rs.getString("topic");
			case COMMITMENT -> rs.getString("action_text");
		};
		String status = rs.getString("status");
		Date due = rs.getDate("due_date");
		return new ProfileFact(kind, text, (status != null) ? ActionStatus.valueOf(status) : null,
				(due != null) ? due.toLocalDate() : null, new MeetingId(rs.getObject("meeting_id", UUID.class)),
				rs.getString("title"), rs.getTimestamp("starts_at").toInstant());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Stakeholder toStakeholder(StakeholderRow row) {
		return new Stakeholder(new StakeholderId(row.id()), new TenantId(row.tenantId()), new EmailAddress(row.email()),
				row.name(), row.organisation(), row.lastSeenAt());
	}

}
