package se.postboxen.kollegan.bot.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.adapter.mail.IcsCalendars;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.invite.FixtureMeetings;
import se.postboxen.kollegan.bot.invite.InboundSignature;
import se.postboxen.kollegan.calendar.CalendarEvent;
import se.postboxen.kollegan.calendar.CalendarSync;
import se.postboxen.kollegan.calendar.SyncReport;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.Users;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The agent following a calendar: the same meeting by invitation and by calendar sync is
 * one meeting with one join job; labels bring the agent or keep it away; the settings
 * API; and a feed pointing inside the network is refused end to end.
 */
@KolleganIntegrationTest
class CalendarSyncIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CalendarSync sync;

	@Autowired
	MeetingScheduling scheduling;

	@Autowired
	Tenants tenants;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private Tenant tenant;

	private User member;

	private String suffix;

	@BeforeEach
	void demoMember() {
		this.tenant = this.tenants.findBySlug("demo-a").orElseThrow();
		String email = Api.json(Api.as(this.port, "demo-a-member").get("/api/me")).get("email").asString();
		this.member = this.users.findByEmail(this.tenant.id(), EmailAddress.of(email)).orElseThrow();
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		FixtureMeetings.forget(this.jdbc);
	}

	/** A fixture's calendar part, with a fresh UID so that tests stay apart. */
	private String fixtureCalendar(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/invitations/" + name)) {
			String mail = FixtureMeetings.dated(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			return mail.replace("040000008200E00074C5B7101A82E008", "040000008200E00074C5B7101A82E008" + this.suffix);
		}
	}

	private static String calendarPart(String mail) {
		String calendar = mail.substring(mail.indexOf("BEGIN:VCALENDAR"), mail.indexOf("END:VCALENDAR") + 13);
		return calendar.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
	}

	private List<CalendarEvent> events(String calendar) {
		return IcsCalendars.parse(calendar, Instant.now().minus(Duration.ofDays(1)), CalendarSync.AHEAD).events();
	}

	private long meetingsWithUid(String uidPrefix) {
		return this.jdbc.sql("SELECT count(*) FROM meeting WHERE ical_uid LIKE :uid AND status <> 'CANCELLED'")
			.param("uid", uidPrefix + "%")
			.query(Long.class)
			.single();
	}

	private long queuedJoins(String uidPrefix) {
		return this.jdbc.sql("""
				SELECT count(*) FROM agent_job j JOIN meeting m ON j.owner = 'meeting:' || m.id
				WHERE m.ical_uid LIKE :uid AND j.type = 'JOIN_MEETING' AND j.status = 'QUEUED'
				""").param("uid", uidPrefix + "%").query(Long.class).single();
	}

	/** The mail e-mailed to the member's agent address, as a relay would post it. */
	private JsonNode invite(String mail) throws Exception {
		String agent = Api.json(Api.as(this.port, "demo-a-member").get("/api/agents/invite-address"))
			.get("address")
			.asString();
		byte[] body = mail.replace("{{AGENT}}", agent).getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> invited = Api.anonymous(this.port)
			.method("POST", "/api/inbound/email", "message/rfc822", body, "X-Kollegan-Signature",
					InboundSignature.demo(body));
		assertThat(invited.statusCode()).isEqualTo(200);
		return Api.json(invited);
	}

	private void setAutoJoin(boolean enabled, List<String> labels) {
		HttpResponse<String> put = Api.as(this.port, "demo-a-member")
			.putJson("/api/agents/calendar-autojoin", Api.toJson(Map.of("enabled", enabled, "labels", labels)));
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
	}

	@Test
	void theSameMeetingByInvitationAndByCalendarSyncIsOneMeetingWithOneJoinJob() throws Exception {
		String uid = "040000008200E00074C5B7101A82E008" + this.suffix;
		String mail = fixtureCalendar("outlook-teams-request.eml");
		assertThat(invite(mail).get("outcome").asString()).isEqualTo("scheduled");
		setAutoJoin(true, List.of());

		SyncReport report = this.sync.apply(this.tenant.id(), this.member.id(), events(calendarPart(mail)));

		assertThat(report.meetingsFound()).isEqualTo(1);
		assertThat(meetingsWithUid(uid)).isEqualTo(1);
		assertThat(queuedJoins(uid)).isEqualTo(1);
		// A second sync changes nothing either.
		this.sync.apply(this.tenant.id(), this.member.id(), events(calendarPart(mail)));
		assertThat(meetingsWithUid(uid)).isEqualTo(1);
		assertThat(queuedJoins(uid)).isEqualTo(1);

		// The feed then shows the organiser's cancellation.
		this.sync.apply(this.tenant.id(), this.member.id(),
				events(calendarPart(mail).replace("STATUS:CONFIRMED", "STATUS:CANCELLED")));
		assertThat(meetingsWithUid(uid)).isZero();
		assertThat(queuedJoins(uid)).isZero();
	}

	@Test
	void theSameMeetingByCalendarSyncAndThenByInvitationIsOneMeetingWithOneJoinJob() throws Exception {
		String uid = "040000008200E00074C5B7101A82E008" + this.suffix;
		String mail = fixtureCalendar("outlook-teams-request.eml");
		setAutoJoin(true, List.of());
		this.sync.apply(this.tenant.id(), this.member.id(), events(calendarPart(mail)));
		assertThat(meetingsWithUid(uid)).isEqualTo(1);

		assertThat(invite(mail).get("outcome").asString()).isEqualTo("updated");
		assertThat(meetingsWithUid(uid)).isEqualTo(1);
		assertThat(queuedJoins(uid)).isEqualTo(1);
	}

	@Test
	void labelsBringTheAgentWithoutAutoJoinAndTheNeverLabelKeepsItAway() throws Exception {
		String uid = "040000008200E00074C5B7101A82E008" + this.suffix;
		// The member organises this one: their own never label may take the agent away.
		String calendar = calendarPart(fixtureCalendar("outlook-teams-request.eml")).replace(
				"ORGANIZER;CN=Anna Berg:mailto:anna.berg@kommun-a.example",
				"ORGANIZER:mailto:" + this.member.email().value());
		setAutoJoin(false, List.of("Styrgrupp"));

		this.sync.apply(this.tenant.id(), this.member.id(), events(calendar));
		assertThat(meetingsWithUid(uid)).as("no auto-join, no label").isZero();

		this.sync.apply(this.tenant.id(), this.member.id(),
				events(calendar.replace("END:VEVENT", "CATEGORIES:Kollegan\r\nEND:VEVENT")));
		assertThat(meetingsWithUid(uid)).as("the tenant's always-on label").isEqualTo(1);

		this.sync.apply(this.tenant.id(), this.member.id(),
				events(calendar.replace("END:VEVENT", "CATEGORIES:Kollegan,Ingen kollega\r\nEND:VEVENT")));
		assertThat(meetingsWithUid(uid)).as("the never label wins and cancels").isZero();
		assertThat(queuedJoins(uid)).isZero();

		this.sync.apply(this.tenant.id(), this.member.id(),
				events(calendar.replace("END:VEVENT", "CATEGORIES:Kollegan\r\nEND:VEVENT")));
		assertThat(meetingsWithUid(uid)).as("the never label taken off again").isEqualTo(1);
		assertThat(queuedJoins(uid)).isEqualTo(1);
	}

	@Test
	void everyOnlineMeetingInACalendarMarkedAlwaysOnGetsTheAgent() throws Exception {
		String uid = "040000008200E00074C5B7101A82E008" + this.suffix;
		String calendar = calendarPart(fixtureCalendar("outlook-teams-request.eml"));
		setAutoJoin(false, List.of());

		this.sync.apply(this.tenant.id(), this.member.id(), events(calendar));
		assertThat(meetingsWithUid(uid)).as("the user's own calendar, no auto-join").isZero();

		this.sync.apply(this.tenant.id(), this.member.id(), events(calendar), true);
		assertThat(meetingsWithUid(uid)).as("the same event in a calendar marked always-on").isEqualTo(1);
	}

	@Test
	void anAttendeesCalendarCannotTakeTheAgentAwayFromEveryone() throws Exception {
		String mail = fixtureCalendar("teams-series-with-exception.eml");
		invite(mail);
		String seriesUid = this.jdbc
			.sql("SELECT ical_uid FROM meeting WHERE join_url_key LIKE '%meeting_owm0mw%' "
					+ "AND status = 'SCHEDULED' LIMIT 1")
			.query(String.class)
			.single();
		assertThat(meetingsWithUid(seriesUid)).isEqualTo(5);
		setAutoJoin(true, List.of());

		// The member's own view shows one occurrence, labelled never, and nothing else.
		List<CalendarEvent> oneOccurrence = events(calendarPart(mail)).subList(0, 1);
		CalendarEvent labelled = oneOccurrence.get(0);
		this.sync.apply(this.tenant.id(), this.member.id(),
				List.of(new CalendarEvent(labelled.uid(), labelled.occurrence(), labelled.sequence(), labelled.title(),
						labelled.startsAt(), labelled.endsAt(), labelled.joinUrl(), labelled.organizer(),
						labelled.participants(), List.of("Ingen kollega"), null, false)));

		assertThat(meetingsWithUid(seriesUid)).as("the member is not the organiser").isEqualTo(5);
	}

	@Test
	void aCalendarThatGivesNoRevisionStillCancelsForTheOrganiser() {
		String joinUrl = "https://kommun-a.zoom.us/j/" + Math.abs(this.suffix.hashCode());
		String uid = "graph-" + this.suffix;
		ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);
		Person organiser = Person.of("Anna Berg", "anna.berg@kommun-a.example");
		this.scheduling.schedule(new ScheduleMeeting(this.tenant.id(), Actor.integration("test"), null, "Möte", null,
				URI.create(joinUrl), start, start.plusHours(1), organiser, List.of(), new ExternalIds(uid, null), 3,
				BookingChannel.INVITATION));

		this.scheduling.cancelByCalendar(this.tenant.id(), uid, null, ScheduleMeeting.CURRENT,
				Person.of("Erik Lund", "erik.lund@kommun-a.example"), Actor.integration("test"));
		assertThat(meetingsWithUid(uid)).as("not the organiser").isEqualTo(1);

		this.scheduling.cancelByCalendar(this.tenant.id(), uid, null, ScheduleMeeting.CURRENT, organiser,
				Actor.integration("test"));
		assertThat(meetingsWithUid(uid)).as("the organiser, revision or not").isZero();
	}

	@Test
	void theSettingsShowStateButNeverTheSecretAddressAndAFeedInsideTheNetworkIsRefused() {
		Api member = Api.as(this.port, "demo-a-member");
		String secret = "https://127.0.0.1:9/calendar/private-" + this.suffix + "/basic.ics";

		HttpResponse<String> put = member.putJson("/api/agents/calendar-autojoin",
				Api.toJson(Map.of("enabled", true, "labels", List.of("Kollegan"), "icsFeedUrl", secret)));

		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		assertThat(put.body()).doesNotContain(this.suffix);
		JsonNode state = await().atMost(Duration.ofSeconds(20))
			.until(() -> Api.json(member.get("/api/agents/calendar-autojoin")),
					json -> json.get("lastSync") != null && !json.get("lastSync").isNull());
		assertThat(state.get("enabled").asBoolean()).isTrue();
		assertThat(state.get("icsFeedConfigured").asBoolean()).isTrue();
		assertThat(state.get("lastSync").get("error").asString()).contains("internt nät");
		assertThat(state.toString()).doesNotContain(this.suffix);

		HttpResponse<String> removed = member.putJson("/api/agents/calendar-autojoin",
				Api.toJson(Map.of("enabled", false, "icsFeedUrl", "")));
		assertThat(Api.json(removed).get("icsFeedConfigured").asBoolean()).isFalse();
	}

	@Test
	void badSettingsAreRefusedNamingTheField() {
		Api member = Api.as(this.port, "demo-a-member");

		HttpResponse<String> insecure = member.putJson("/api/agents/calendar-autojoin",
				Api.toJson(Map.of("enabled", true, "icsFeedUrl", "http://calendar.example/x.ics")));
		HttpResponse<String> comma = member.putJson("/api/agents/calendar-autojoin",
				Api.toJson(Map.of("enabled", true, "labels", List.of("a,b"))));
		HttpResponse<String> missing = member.putJson("/api/agents/calendar-autojoin", "{}");

		assertThat(insecure.statusCode()).isEqualTo(400);
		assertThat(insecure.body()).contains("icsFeedUrl");
		assertThat(comma.statusCode()).isEqualTo(400);
		assertThat(comma.body()).contains("labels");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("enabled");
	}

	@Test
	void anAdministratorSetsTheTenantsLabels() {
		Api admin = Api.as(this.port, "demo-a-admin");
		JsonNode before = Api.json(admin.get("/api/admin/calendar-policy"));
		assertThat(before.get("neverLabel").asString()).isEqualTo("Ingen kollega");
		try {
			HttpResponse<String> changed = admin.putJson("/api/admin/calendar-policy",
					Api.toJson(Map.of("alwaysOnLabels", List.of("Kollegan", "Protokoll"), "neverLabel", "Privat")));
			assertThat(changed.statusCode()).isEqualTo(200);
			assertThat(Api.json(admin.get("/api/admin/calendar-policy")).get("alwaysOnLabels"))
				.extracting(JsonNode::asString)
				.containsExactly("Kollegan", "Protokoll");
			assertThat(Api.as(this.port, "demo-a-member").putJson("/api/admin/calendar-policy", "{}").statusCode())
				.isEqualTo(403);
		}
		finally {
			admin.putJson("/api/admin/calendar-policy",
					Api.toJson(Map.of("alwaysOnLabels", List.of("Kollegan"), "neverLabel", "Ingen kollega")));
		}
	}

}
