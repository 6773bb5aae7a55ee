package se.postboxen.kollegan.bot.offboarding;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.offboarding.DeletionReceipt;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a whole tenant takes two steps (a confirmation token bound to the tenant, the
 * administrator and a few minutes), and afterwards nothing in any table names the tenant
 * but the audit tombstone. A tenant of its own is created for this, so the demo tenants
 * stay.
 */
@KolleganIntegrationTest
class TenantOffboardingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	MeetingScheduling scheduling;

	@Autowired
	TenantOffboarding tenantOffboarding;

	@Test
	void theFirstRequestOnlyAsksForConfirmationAndAForgedTokenDeletesNothing() {
		Api admin = Api.as(this.port, "demo-b-admin");

		JsonNode asked = Api.json(admin.postJson("/api/admin/offboard", "{}"));
		assertThat(asked.get("status").asInt()).isEqualTo(428);
		String token = asked.get("confirmationToken").asString();
		assertThat(token).isNotBlank();

		String forged = token.substring(0, token.indexOf('.')) + ".AAAA" + token.substring(token.indexOf('.') + 5);
		assertThat(admin.postJson("/api/admin/offboard", Api.toJson(Map.of("confirmationToken", forged))).statusCode())
			.isEqualTo(400);
		assertThat(
				admin.postJson("/api/admin/offboard", Api.toJson(Map.of("confirmationToken", "99999999999999999999.x")))
					.statusCode())
			.as("an absurd expiry is refused, not a 500")
			.isEqualTo(400);
		assertThat(Api.as(this.port, "demo-b-member").postJson("/api/admin/offboard", "{}").statusCode())
			.isEqualTo(403);
		assertThat(Api.json(admin.get("/api/me")).get("tenant").get("slug").asString()).as("tenant B is still there")
			.isEqualTo("demo-b");
	}

	@Test
	void aConfirmedTenantOffboardingLeavesOnlyTheTombstone() {
		String slug = "kommun-x-" + UUID.randomUUID().toString().substring(0, 8);
		TenantId tenantId = TenantId.newId();
		this.tenants
			.save(new Tenant(tenantId, slug, "Kommun X", ZoneId.of("Europe/Stockholm"), ConsentLevel.PLUS, null));
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Stockholm"))
			.plusDays(2)
			.truncatedTo(ChronoUnit.HOURS);
		this.scheduling.schedule(new ScheduleMeeting(tenantId, Actor.system("test"), null, "Kommun X:s möte", null,
				URI.create("https://kommun-x.zoom.us/j/"
						+ Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000)),
				start, start.plusHours(1), Person.of("Xena Admin", "xena@kommun-x.example"), List.of(),
				ExternalIds.NONE, 0, BookingChannel.API));
		KolleganUser admin = new KolleganUser(tenantId, "xena-subject", EmailAddress.of("xena@kommun-x.example"),
				"Xena Admin", Set.of(Role.ADMIN));
		KolleganUser otherAdmin = new KolleganUser(tenantId, "someone-else", null, "Annan", Set.of(Role.ADMIN));
		String token = this.tenantOffboarding.ask(admin).token();

		assertThat(this.tenantOffboarding.confirm(otherAdmin, token)).as("bound to the administrator").isEmpty();
		DeletionReceipt receipt = this.tenantOffboarding.confirm(admin, token).orElseThrow();

		assertThat(receipt.scope()).isEqualTo("tenant");
		assertThat(receipt.removed()).containsEntry("tenant", 1L).containsEntry("meeting", 1L);
		assertThat(receipt.removed().get("agent_job")).as("the meeting's join").isPositive();
		List<String> rows = rowsMentioning(tenantId.value().toString());
		assertThat(rows).hasSize(1)
			.allSatisfy(row -> assertThat(row).startsWith("audit_event:").contains("offboarded.tenant"));
		assertThat(rowsMentioning("xena@kommun-x.example")).isEmpty();
	}

	private List<String> rowsMentioning(String needle) {
		List<String> rows = new ArrayList<>();
		for (String table : this.jdbc
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
					+ "AND table_type = 'BASE TABLE'")
			.query(String.class)
			.list()) {
			rows.addAll(this.jdbc
				.sql("SELECT '" + table + ":' || t::text FROM \"" + table + "\" t WHERE strpos(t::text, :needle) > 0")
				.param("needle", needle)
				.query(String.class)
				.list());
		}
		return rows;
	}

}
