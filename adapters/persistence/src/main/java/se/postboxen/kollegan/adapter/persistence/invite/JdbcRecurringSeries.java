package se.postboxen.kollegan.adapter.persistence.invite;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.invite.RecurringSeries;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.UserId;

@Component
class JdbcRecurringSeries implements RecurringSeries {

	private final JdbcClient jdbc;

	JdbcRecurringSeries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void save(Stored series) {
		this.jdbc.sql("""
				INSERT INTO recurring_series (tenant_id, ical_uid, user_id, sequence, calendar_text)
				VALUES (:tenantId, :uid, :userId, :sequence, :text)
				ON CONFLICT (tenant_id, ical_uid) DO UPDATE SET user_id = excluded.user_id,
				    sequence = excluded.sequence, calendar_text = excluded.calendar_text, updated_at = now()
				WHERE recurring_series.sequence <= excluded.sequence
				""")
			.param("tenantId", series.tenantId().value())
			.param("uid", series.icalUid())
			.param("userId", series.userId().value())
			.param("sequence", series.sequence())
			.param("text", series.calendarText())
			.update();
	}

	@Override
	public void remove(TenantId tenantId, String icalUid) {
		this.jdbc.sql("DELETE FROM recurring_series WHERE tenant_id = :tenantId AND ical_uid = :uid")
			.param("tenantId", tenantId.value())
			.param("uid", icalUid)
			.update();
	}

	@Override
	public List<Stored> all() {
		return this.jdbc.sql("SELECT * FROM recurring_series ORDER BY tenant_id, ical_uid")
			.query((rs, row) -> new Stored(new TenantId(rs.getObject("tenant_id", UUID.class)),
					new UserId(rs.getObject("user_id", UUID.class)), rs.getString("ical_uid"), rs.getInt("sequence"),
					rs.getString("calendar_text")))
			.list();
	}

}
