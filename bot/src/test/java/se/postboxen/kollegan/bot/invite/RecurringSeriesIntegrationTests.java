package se.postboxen.kollegan.bot.invite;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.calendar.CalendarParser;
import se.postboxen.kollegan.invite.AgentAddresses;
import se.postboxen.kollegan.invite.InvitationReader;
import se.postboxen.kollegan.invite.Invitations;
import se.postboxen.kollegan.invite.RecurringSeries;
import se.postboxen.kollegan.invite.VerifiedDomains;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.UserId;
import se.postboxen.kollegan.tenant.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A weekly series without an end, invited today, is materialised 90 days ahead — and two
 * months later the nightly extension has moved the window on; cancelling the series stops
 * that.
 */
@KolleganIntegrationTest
class RecurringSeriesIntegrationTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InvitationReader reader;

	@Autowired
	AgentAddresses addresses;

	@Autowired
	VerifiedDomains domains;

	@Autowired
	Users users;

	@Autowired
	MeetingScheduling scheduling;

	@Autowired
	JobQueue jobs;

	@Autowired
	RecurringSeries series;

	@Autowired
	CalendarParser parser;

	@Autowired
	AuditLog auditLog;

	@Autowired
	InviteProperties properties;

	@Autowired
	Tenants tenants;

	private String mail(String agent, String uid, String method, int sequence) {
		LocalDate monday = LocalDate.now(STOCKHOLM).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		String start = monday.format(DateTimeFormatter.BASIC_ISO_DATE);
		return String.join("\r\n", "From: Anna Berg <anna.berg@kommun-a.example>", "To: " + agent, "Subject: Veckomöte",
				"MIME-Version: 1.0", "Content-Type: text/calendar; charset=utf-8; method=" + method, "",
				"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Kollegan//SV", "METHOD:" + method, "BEGIN:VEVENT",
				"UID:" + uid, "SEQUENCE:" + sequence, "SUMMARY:Veckomöte",
				"DTSTART;TZID=Europe/Stockholm:" + start + "T100000",
				"DTEND;TZID=Europe/Stockholm:" + start + "T103000", "RRULE:FREQ=WEEKLY;BYDAY=MO",
				"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + uid
						+ "%40thread.v2/0",
				"ORGANIZER;CN=Anna Berg:mailto:anna.berg@kommun-a.example", "ATTENDEE:mailto:" + agent, "END:VEVENT",
				"END:VCALENDAR", "");
	}

	private static String calendarOf(String mail) {
		return mail.substring(mail.indexOf("BEGIN:VCALENDAR"));
	}

	private String deliver(String mail) throws Exception {
		byte[] body = mail.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = Api.anonymous(this.port)
			.method("POST", "/api/inbound/email", "message/rfc822", body, "X-Kollegan-Signature",
					InboundSignature.demo(body));
		assertThat(response.statusCode()).isEqualTo(200);
		return Api.json(response).get("outcome").asString();
	}

	private long scheduled(String uid) {
		return this.jdbc.sql("SELECT count(*) FROM meeting WHERE ical_uid = :uid AND status = 'SCHEDULED'")
			.param("uid", uid)
			.query(Long.class)
			.single();
	}

	private Instant lastStart(String uid) {
		return this.jdbc.sql("SELECT max(starts_at) FROM meeting WHERE ical_uid = :uid AND status = 'SCHEDULED'")
			.param("uid", uid)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	@Test
	void anEndlessSeriesIsMaterialisedAheadAndExtendedNightlyUntilCancelled() throws Exception {
		String agent = Api
			.json(Api.as(this.port, "demo-a-member")
				.post("/api/agents/invite-address/rotate", "application/json", BodyPublishers.noBody()))
			.get("address")
			.asString();
		String uid = "series-" + UUID.randomUUID();

		assertThat(deliver(mail(agent, uid, "REQUEST", 0))).isEqualTo("scheduled");
		long first = scheduled(uid);
		Instant horizon = Instant.now().plus(Invitations.SERIES_HORIZON);
		assertThat(first).isBetween(12L, 14L);
		assertThat(lastStart(uid)).isBetween(horizon.minus(Duration.ofDays(8)), horizon.plus(Duration.ofDays(8)));

		// A series that has ended (and one whose text no longer parses) must not stop
		// the others: they are forgotten or skipped, and the rest extended.
		TenantId tenant = this.tenants.findBySlug("demo-a").orElseThrow().id();
		UserId user = this.series.all()
			.stream()
			.filter(s -> s.icalUid().equals(uid))
			.findFirst()
			.orElseThrow()
			.userId();
		this.series.save(new RecurringSeries.Stored(tenant, user, "0-ended-" + uid, 0,
				calendarOf(mail(agent, "0-ended-" + uid, "REQUEST", 0))
					.replaceAll("Stockholm:\\d{8}T", "Stockholm:20200106T")
					.replace("RRULE:FREQ=WEEKLY;BYDAY=MO", "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20200301T000000Z")));
		this.series.save(new RecurringSeries.Stored(tenant, user, "0-broken-" + uid, 0, "BEGIN:VCALENDAR\r\nnot"));

		// Two months on, the nightly job runs.
		Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(60));
		Invitations twoMonthsOn = new Invitations(this.reader, this.addresses, this.domains, this.users,
				this.scheduling, this.jobs, this.series, this.parser, this.auditLog, later, this.properties.domain());
		assertThat(twoMonthsOn.extendSeries()).isPositive();
		assertThat(this.series.all()).noneMatch(stored -> stored.icalUid().equals("0-ended-" + uid));
		assertThat(lastStart(uid)).isAfter(horizon.plus(Duration.ofDays(50)));
		// A full window ahead of "two months on" (what lies before it is, by then, past).
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM meeting WHERE ical_uid = :uid AND status = 'SCHEDULED' "
					+ "AND starts_at > :later")
			.param("uid", uid)
			.param("later", java.sql.Timestamp.from(later.instant()))
			.query(Long.class)
			.single()).isBetween(12L, 14L);

		assertThat(deliver(mail(agent, uid, "CANCEL", 1))).isEqualTo("cancelled");
		assertThat(scheduled(uid)).isZero();
		assertThat(this.series.all()).noneMatch(stored -> stored.icalUid().equals(uid));
	}

}
