package se.postboxen.kollegan.adapter.persistence.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

@StoreIntegrationTest
class JdbcAuditLogIntegrationTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	Tenants tenants;

	@AfterEach
	void clearMdc() {
		MDC.clear();
	}

	@Test
	void recordsEventsWithDetailsAndTheCurrentCorrelationId() {
		TenantId tenant = TestTenants.create(this.tenants);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		MDC.put(JdbcAuditLog.CORRELATION_ID, "req-123");

		this.auditLog.record(AuditEvent.of(tenant, now.minusSeconds(5), Actor.user("u-1"), "meeting.scheduled",
				"meeting", "m-1", Map.of("platform", "TEAMS")));
		this.auditLog.record(new AuditEvent(se.postboxen.kollegan.audit.AuditEventId.newId(), tenant, now,
				Actor.system("demo"), "meeting.cancelled", "meeting", "m-1", "job-9", Map.of()));

		assertThat(this.auditLog.recent(tenant, 10)).satisfiesExactly(newest -> {
			assertThat(newest.action()).isEqualTo("meeting.cancelled");
			assertThat(newest.correlationId()).isEqualTo("job-9");
		}, older -> {
			assertThat(older.actor()).isEqualTo(Actor.user("u-1"));
			assertThat(older.details()).containsExactly(Map.entry("platform", "TEAMS"));
			assertThat(older.correlationId()).isEqualTo("req-123");
			assertThat(older.occurredAt()).isEqualTo(now.minusSeconds(5));
		});
		assertThat(this.auditLog.recent(TestTenants.create(this.tenants), 10)).isEmpty();
	}

}
