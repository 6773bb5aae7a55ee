package se.postboxen.kollegan.adapter.persistence.usage;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.offboarding.PersonalData;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

@StoreIntegrationTest
class JdbcModelUsagesIntegrationTests {

	@Autowired
	ModelUsages usages;

	@Autowired
	Tenants tenants;

	@Autowired
	Meetings meetings;

	@Autowired
	// The meeting erasure itself; the documents\' store is another PersonalData.
	@Qualifier("jdbcPersonalData")
	PersonalData personalData;

	@Autowired
	Transactions transactions;

	@Autowired
	JdbcClient jdbc;

	final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	TenantId tenant;

	MeetingId meeting;

	@BeforeEach
	void meeting() {
		this.tenant = TestTenants.create(this.tenants);
		this.meeting = meetingOf(this.tenant);
	}

	private MeetingId meetingOf(TenantId tenant) {
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Stockholm")).minusHours(2);
		return this.meetings.save(
				Meeting.schedule(tenant, "Budget skolskjuts", null, URI.create("https://meet.google.com/abc-defg-hij"),
						start, start.plusHours(1), null, List.of(), ExternalIds.NONE, 0, null))
			.id();
	}

	private ModelUsage usage(TenantId tenant, MeetingId meeting, long prompt, String cost, Instant at) {
		return new ModelUsage(tenant, meeting, "gpt-4o-mini", prompt, 310, new BigDecimal(cost), at);
	}

	@Test
	void keepsEveryRecapsCostPerMeetingOldestFirst() {
		ModelUsage retried = usage(this.tenant, this.meeting, 1250, "0.003984", this.now.minusSeconds(60));
		ModelUsage written = usage(this.tenant, this.meeting, 16_977, "0.029147", this.now);
		this.usages.record(written);
		this.usages.record(retried);
		this.usages.record(usage(this.tenant, meetingOf(this.tenant), 99, "0.000158", this.now));

		assertThat(this.usages.of(this.tenant, this.meeting)).containsExactly(retried, written);
		assertThat(this.usages.of(TestTenants.create(this.tenants), this.meeting)).isEmpty();
	}

	@Test
	void keepsTheCostButForgetsTheMeetingOnceItIsErased() {
		this.usages.record(usage(this.tenant, this.meeting, 1250, "0.003984", this.now));

		this.transactions.inTransaction(() -> this.personalData.eraseMeeting(this.tenant, this.meeting));

		assertThat(this.usages.of(this.tenant, this.meeting)).isEmpty();
		assertThat(this.jdbc.sql("SELECT cost_sek FROM model_usage WHERE tenant_id = :tenantId AND meeting_id IS NULL")
			.param("tenantId", this.tenant.value())
			.query(BigDecimal.class)
			.list()).containsExactly(new BigDecimal("0.003984"));
	}

	@Test
	void goesWithItsTenant() {
		this.usages.record(usage(this.tenant, this.meeting, 1250, "0.003984", this.now));

		Map<String, Long> removed = this.transactions.inTransaction(() -> this.personalData.eraseTenant(this.tenant));

		assertThat(removed).containsEntry("model_usage", 1L);
		assertThat(this.jdbc.sql("SELECT count(*) FROM model_usage WHERE tenant_id = :tenantId")
			.param("tenantId", this.tenant.value())
			.query(Long.class)
			.single()).isZero();
	}

}
