package se.postboxen.kollegan.adapter.persistence.calendar;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.calendar.CalendarPolicies;
import se.postboxen.kollegan.calendar.CalendarPolicy;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcCalendarPolicies implements CalendarPolicies {

	private final JdbcClient jdbc;

	JdbcCalendarPolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public CalendarPolicy get(TenantId tenantId) {
		return this.jdbc.sql("SELECT * FROM calendar_policy WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId.value())
			.query((rs, row) -> new CalendarPolicy(new TenantId(rs.getObject("tenant_id", UUID.class)),
					JdbcCalendarConnections.labels(rs.getArray("always_on_labels")), rs.getString("never_label")))
			.optional()
			.orElseGet(() -> CalendarPolicy.defaults(tenantId));
	}

	@Override
	public void save(CalendarPolicy policy) {
		this.jdbc.sql("""
				INSERT INTO calendar_policy (tenant_id, always_on_labels, never_label)
				VALUES (:tenantId, :labels, :never)
				ON CONFLICT (tenant_id) DO UPDATE SET always_on_labels = excluded.always_on_labels,
				    never_label = excluded.never_label, updated_at = now()
				""")
			.param("tenantId", policy.tenantId().value())
			.param("labels", policy.alwaysOnLabels().toArray(String[]::new))
			.param("never", policy.neverLabel())
			.update();
	}

}
