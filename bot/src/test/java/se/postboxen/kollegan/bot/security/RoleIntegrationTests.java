package se.postboxen.kollegan.bot.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/** What each role may do within its own tenant. */
@KolleganIntegrationTest
class RoleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	AuditLog auditLog;

	/**
	 * Each its own room: one link at one start time is one meeting, however often asked.
	 */
	private String meeting(String title, String organizer) {
		return Api.toJson(Map.of("title", title, "joinUrl",
				"https://kommun-b.zoom.us/j/" + Integer.toUnsignedString(title.hashCode()), "startsAt",
				"2031-10-01T10:00:00+02:00", "endsAt", "2031-10-01T11:00:00+02:00", "organizerEmail", organizer));
	}

	@Test
	void aMemberCannotReadOrChangeTenantSettings() {
		Api member = Api.as(this.port, "demo-b-member");

		HttpResponse<String> change = member.putJson("/api/admin/settings",
				Api.toJson(Map.of("name", "Kapat", "timeZone", "Europe/Stockholm", "defaultConsentLevel", "BAS")));

		assertThat(change.statusCode()).isEqualTo(403);
		assertThat(Api.json(change).get("type").asString())
			.isEqualTo("https://kollegan.postboxen.se/problems/forbidden");
		assertThat(member.get("/api/admin/settings").statusCode()).isEqualTo(403);
		assertThat(member.get("/api/audit").statusCode()).isEqualTo(403);
		assertThat(this.tenants.findBySlug("demo-b").orElseThrow().name()).isNotEqualTo("Kapat");
	}

	@Test
	void anAuditorReadsEverythingAndWritesNothing() {
		Api auditor = Api.as(this.port, "demo-b-auditor");
		String someMeeting = Api
			.json(Api.as(this.port, "demo-b-admin")
				.postJson("/api/agents/meetings", meeting("Revisionsmöte", "karin.sjo@kommun-b.example")))
			.get("id")
			.asString();

		assertThat(auditor.get("/api/agents/meetings").statusCode()).isEqualTo(200);
		assertThat(auditor.get("/api/agents/meetings/" + someMeeting).statusCode()).isEqualTo(200);
		assertThat(auditor.get("/api/admin/settings").statusCode()).isEqualTo(200);
		assertThat(auditor.get("/api/audit").statusCode()).isEqualTo(200);
		assertThat(auditor.postJson("/api/agents/meetings", meeting("Nej", "sara.nord@kommun-b.example")).statusCode())
			.isEqualTo(403);
		assertThat(auditor.postJson("/api/agents/meetings/" + someMeeting + "/cancel", "").statusCode()).isEqualTo(403);
		assertThat(auditor
			.putJson("/api/admin/settings",
					Api.toJson(Map.of("name", "Nej", "timeZone", "Europe/Stockholm", "defaultConsentLevel", "BAS")))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void anAdministratorChangesSettingsAndTheChangeIsAudited() {
		Api admin = Api.as(this.port, "demo-b-admin");
		Tenant before = this.tenants.findBySlug("demo-b").orElseThrow();
		try {
			HttpResponse<String> changed = admin.putJson("/api/admin/settings", Api.toJson(Map.of("name",
					"Kommun B (demo, ändrad)", "timeZone", "Europe/Stockholm", "defaultConsentLevel", "JURIDIK")));

			assertThat(changed.statusCode()).isEqualTo(200);
			assertThat(Api.json(changed).get("defaultConsentLevel").asString()).isEqualTo("JURIDIK");
			assertThat(this.auditLog.recent(before.id(), 20)).anySatisfy(event -> {
				assertThat(event.action()).isEqualTo("settings.changed");
				assertThat(event.details()).containsEntry("defaultConsentLevel", "JURIDIK").containsKey("name");
			});
		}
		finally {
			admin.putJson("/api/admin/settings", Api.toJson(Map.of("name", before.name(), "timeZone",
					before.timeZone().getId(), "defaultConsentLevel", before.defaultConsentLevel().name())));
		}
	}

	@Test
	void aMemberSeesTheMeetingsThatConcernThemAndNoOthers() {
		Api member = Api.as(this.port, "demo-b-member");
		String theirs = Api
			.json(member.postJson("/api/agents/meetings", meeting("Olofs möte", "extern@leverantor.example")))
			.get("id")
			.asString();
		String organised = Api
			.json(Api.as(this.port, "demo-b-admin")
				.postJson("/api/agents/meetings", meeting("Olof organiserar", "olof.strand@kommun-b.example")))
			.get("id")
			.asString();
		String notTheirs = Api
			.json(Api.as(this.port, "demo-b-admin")
				.postJson("/api/agents/meetings", meeting("Ledningsgrupp", "karin.sjo@kommun-b.example")))
			.get("id")
			.asString();

		assertThat(member.get("/api/agents/meetings/" + theirs).statusCode()).isEqualTo(200);
		assertThat(member.get("/api/agents/meetings/" + organised).statusCode()).isEqualTo(200);
		assertThat(member.get("/api/agents/meetings/" + notTheirs).statusCode()).isEqualTo(404);
		assertThat(member.postJson("/api/agents/meetings/" + notTheirs + "/cancel", "").statusCode()).isEqualTo(404);
		String list = member.get("/api/agents/meetings?from=2031-10-01T00:00:00Z&to=2031-10-02T00:00:00Z&size=100")
			.body();
		assertThat(list).contains(theirs).contains(organised).doesNotContain(notTheirs);
		// Knowing another meeting's link and time gets neither its contents nor a say in
		// it.
		HttpResponse<String> copied = member.postJson("/api/agents/meetings",
				meeting("Ledningsgrupp", "olof.strand@kommun-b.example"));
		assertThat(copied.statusCode()).as(copied.body()).isEqualTo(409);
		assertThat(Api.json(copied).get("type").asString()).endsWith("/already-booked");
		assertThat(copied.body()).doesNotContain(notTheirs).doesNotContain("karin.sjo");
		assertThat(Api.json(Api.as(this.port, "demo-b-admin").get("/api/agents/meetings/" + notTheirs))
			.get("organizer")
			.get("email")
			.asString()).isEqualTo("karin.sjo@kommun-b.example");
	}

	@Test
	void aMemberCancelsTheirMeetingOnceAndTheCancellationIsAudited() {
		Api member = Api.as(this.port, "demo-b-member");
		String id = Api
			.json(member.postJson("/api/agents/meetings", meeting("Ställs in", "olof.strand@kommun-b.example")))
			.get("id")
			.asString();

		HttpResponse<String> cancelled = member.postJson("/api/agents/meetings/" + id + "/cancel", "");
		HttpResponse<String> again = member.postJson("/api/agents/meetings/" + id + "/cancel", "");

		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(Api.json(cancelled).get("status").asString()).isEqualTo("CANCELLED");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(this.auditLog.recent(this.tenants.findBySlug("demo-b").orElseThrow().id(), 50)).anySatisfy(event -> {
			assertThat(event.action()).isEqualTo("meeting.cancelled");
			assertThat(event.subjectId()).isEqualTo(id);
		});
	}

}
