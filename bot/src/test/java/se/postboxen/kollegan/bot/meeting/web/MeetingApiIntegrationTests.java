package se.postboxen.kollegan.bot.meeting.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

@KolleganIntegrationTest
class MeetingApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	AuditLog auditLog;

	Api api;

	Tenant demoA;

	@BeforeEach
	void api() {
		this.api = Api.as(this.port, "demo-a-admin");
		this.demoA = this.tenants.findBySlug("demo-a").orElseThrow();
	}

	/** A meeting far enough ahead that the seeded demo week never shares its window. */
	private static ZonedDateTime farAhead(int days) {
		return ZonedDateTime.now(ZoneId.of("Europe/Stockholm")).truncatedTo(ChronoUnit.HOURS).plusDays(days);
	}

	private static String meetingJson(String title, ZonedDateTime start) {
		return Api.toJson(Map.of("title", title, "joinUrl",
				"https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0", "startsAt",
				start.toOffsetDateTime().toString(), "endsAt", start.plusMinutes(30).toOffsetDateTime().toString(),
				"organizerEmail", "Astrid.Ek@kommun-a.example", "participants",
				List.of(Map.of("name", "Erik Lund", "email", "erik.lund@kommun-a.example"),
						Map.of("email", "jonas.wik@leverantor.example"))));
	}

	@Test
	void schedulesAMeetingAndReadsItBack() {
		ZonedDateTime start = farAhead(200);
		HttpResponse<String> created = this.api.postJson("/api/agents/meetings", meetingJson("Nämndmöte", start));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = Api.json(created);
		String id = body.get("id").asString();
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/api/agents/meetings/" + id));
		assertThat(body.get("platform").asString()).isEqualTo("TEAMS");
		assertThat(body.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(body.get("timeZone").asString()).isEqualTo("Europe/Stockholm");

		HttpResponse<String> read = this.api
			.get(created.headers().firstValue("Location").orElseThrow().replaceFirst("^http://localhost:\\d+", ""));

		assertThat(read.statusCode()).isEqualTo(200);
		JsonNode meeting = Api.json(read);
		assertThat(meeting.get("title").asString()).isEqualTo("Nämndmöte");
		assertThat(ZonedDateTime.parse(meeting.get("startsAt").asString()).toInstant()).isEqualTo(start.toInstant());
		assertThat(meeting.get("organizer").get("email").asString()).isEqualTo("astrid.ek@kommun-a.example");
		assertThat(meeting.get("participants")).hasSize(2);
		assertThat(meeting.get("participants").get(1).get("email").asString())
			.isEqualTo("jonas.wik@leverantor.example");
	}

	@Test
	void recordsWhoScheduledTheMeetingInTheAuditLog() {
		HttpResponse<String> created = this.api.postJson("/api/agents/meetings", meetingJson("Revision", farAhead(201)),
				"X-Request-Id", "audit-test-0001");
		String id = Api.json(created).get("id").asString();

		assertThat(this.auditLog.recent(this.demoA.id(), 50)).anySatisfy(event -> {
			assertThat(event.action()).isEqualTo("meeting.scheduled");
			assertThat(event.subjectId()).isEqualTo(id);
			assertThat(event.actor().kind()).isEqualTo(Actor.Kind.USER);
			assertThat(event.correlationId()).isEqualTo("audit-test-0001");
		});
	}

	@Test
	void infersThePlatformUnlessGivenAndHonoursTheMeetingsTimeZone() {
		ZonedDateTime start = farAhead(202);
		String body = Api.toJson(Map.of("title", "Styrelsemöte", "joinUrl", "https://kommun-a.zoom.us/j/123",
				"platform", "WEBEX", "timeZone", "Europe/London", "startsAt", start.toOffsetDateTime().toString(),
				"endsAt", start.plusHours(1).toOffsetDateTime().toString()));

		JsonNode meeting = Api.json(this.api.postJson("/api/agents/meetings", body));

		assertThat(meeting.get("platform").asString()).isEqualTo("WEBEX");
		assertThat(meeting.get("timeZone").asString()).isEqualTo("Europe/London");
		assertThat(ZonedDateTime.parse(meeting.get("startsAt").asString()).toInstant()).isEqualTo(start.toInstant());
	}

	@Test
	void listsAWindowSortedByStartInPagesAndByStatus() {
		ZonedDateTime base = farAhead(300);
		for (int i = 3; i >= 0; i--) {
			this.api.postJson("/api/agents/meetings", meetingJson("Serie " + i, base.plusHours(i)));
		}
		String window = "from=" + base.toInstant() + "&to=" + base.plusDays(1).toInstant();

		JsonNode first = Api.json(this.api.get("/api/agents/meetings?" + window + "&size=3"));
		JsonNode second = Api.json(this.api.get("/api/agents/meetings?" + window + "&size=3&page=1"));
		JsonNode done = Api.json(this.api.get("/api/agents/meetings?" + window + "&status=DONE"));

		assertThat(first.get("totalItems").asLong()).isEqualTo(4);
		assertThat(first.get("totalPages").asLong()).isEqualTo(2);
		assertThat(first.get("items").valueStream().map(m -> m.get("title").asString())).containsExactly("Serie 0",
				"Serie 1", "Serie 2");
		assertThat(second.get("items").valueStream().map(m -> m.get("title").asString())).containsExactly("Serie 3");
		assertThat(done.get("items")).isEmpty();
	}

	@Test
	void listsTheComingWeekByDefault() {
		JsonNode page = Api.json(this.api.get("/api/agents/meetings?size=100"));

		Instant from = Instant.parse(page.get("from").asString());
		Instant to = Instant.parse(page.get("to").asString());
		assertThat(java.time.Duration.between(from, to)).isEqualTo(java.time.Duration.ofDays(7));
		assertThat(from).isBetween(Instant.now().minusSeconds(60), Instant.now());
		assertThat(page.get("items").valueStream().map(m -> ZonedDateTime.parse(m.get("startsAt").asString())))
			.isSortedAccordingTo(java.util.Comparator.naturalOrder())
			.allSatisfy(start -> assertThat(start.toInstant()).isBetween(from, to));
		assertThat(page.get("totalItems").asLong()).as("the seeded demo week").isGreaterThan(0);
	}

	@Test
	void unknownMeetingIsNotFound() {
		HttpResponse<String> response = this.api.get("/api/agents/meetings/" + UUID.randomUUID());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Api.json(response).get("type").asString())
			.isEqualTo("https://kollegan.postboxen.se/problems/not-found");
	}

}
