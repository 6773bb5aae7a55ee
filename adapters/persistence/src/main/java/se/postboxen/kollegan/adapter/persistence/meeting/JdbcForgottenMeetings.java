package se.postboxen.kollegan.adapter.persistence.meeting;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.meeting.ForgottenMeetings;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcForgottenMeetings implements ForgottenMeetings {

	private final JdbcClient jdbc;

	JdbcForgottenMeetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void forget(TenantId tenantId, Set<String> marks) {
		UUID forgottenId = UUID.randomUUID();
		for (String mark : marks) {
			this.jdbc
				.sql("""
						INSERT INTO forgotten_meeting (tenant_id, mark, forgotten_id) VALUES (:tenantId, :mark, :forgottenId)
						ON CONFLICT (tenant_id, mark) DO UPDATE SET forgotten_at = now(), forgotten_id = excluded.forgotten_id
						""")
				.param("tenantId", tenantId.value())
				.param("mark", mark)
				.param("forgottenId", forgottenId)
				.update();
		}
	}

	@Override
	public boolean anyForgotten(TenantId tenantId, Set<String> marks) {
		return !marks.isEmpty() && this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM forgotten_meeting WHERE tenant_id = :tenantId AND mark IN (:marks))")
			.param("tenantId", tenantId.value())
			.param("marks", List.copyOf(marks))
			.query(Boolean.class)
			.single();
	}

	@Override
	public void unforget(TenantId tenantId, Set<String> marks) {
		if (!marks.isEmpty()) {
			this.jdbc.sql("""
					DELETE FROM forgotten_meeting WHERE tenant_id = :tenantId AND forgotten_id IN (
					    SELECT forgotten_id FROM forgotten_meeting WHERE tenant_id = :tenantId AND mark IN (:marks))
					""").param("tenantId", tenantId.value()).param("marks", List.copyOf(marks)).update();
		}
	}

}
