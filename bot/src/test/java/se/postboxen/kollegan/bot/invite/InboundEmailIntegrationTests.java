package se.postboxen.kollegan.bot.invite;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations e-mailed to a user's agent address, end to end: signature, parsing,
 * security rules, booking, join job, and what the stored meeting looks like. Each test
 * rotates the address first and uses fresh UIDs, so that tests do not see each other's
 * meetings.
 */
@KolleganIntegrationTest
class InboundEmailIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Api member;

	private String agent;

	private String uidSuffix;

	@BeforeEach
	void freshAddress() {
		this.member = Api.as(this.port, "demo-a-member");
		HttpResponse<String> rotated = this.member.post("/api/agents/invite-address/rotate", "application/json",
				BodyPublishers.noBody());
		assertThat(rotated.statusCode()).isEqualTo(200);
		this.agent = Api.json(rotated).get("address").asString();
		this.uidSuffix = UUID.randomUUID().toString().substring(0, 8);
		FixtureMeetings.forget(this.jdbc);
	}

	private String fixture(String name) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/invitations/" + name)) {
			assertThat(in).as(name).isNotNull();
			String mail = FixtureMeetings.dated(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.replace("{{AGENT}}", this.agent);
			// Fresh UIDs per test: Outlook's (hex) and Google's keep their shape.
			return mail.replace("040000008200E00074C5B7101A82E008", "040000008200E00074C5B7101A82E008" + this.uidSuffix)
				.replace("@google.com", this.uidSuffix + "@google.com");
		}
	}

	private HttpResponse<String> post(String mail) throws GeneralSecurityException {
		byte[] body = mail.getBytes(StandardCharsets.UTF_8);
		return Api.anonymous(this.port)
			.method("POST", "/api/inbound/email", "message/rfc822", body, "X-Kollegan-Signature",
					InboundSignature.demo(body));
	}

	private JsonNode deliver(String fixture) throws Exception {
		HttpResponse<String> response = post(fixture(fixture));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return Api.json(response);
	}

	private JsonNode meeting(String id) {
		HttpResponse<String> response = Api.as(this.port, "demo-a-admin").get("/api/agents/meetings/" + id);
		assertThat(response.statusCode()).isEqualTo(200);
		return Api.json(response);
	}

	private List<String> queuedJoins(String meetingId) {
		return this.jdbc
			.sql("SELECT job_key FROM agent_job WHERE owner = :owner AND type = 'JOIN_MEETING' AND status = 'QUEUED'")
			.param("owner", "meeting:" + meetingId)
			.query(String.class)
			.list();
	}

	@Test
	void outlookTeamsInvitationSchedulesTheAgentWithAJoinJob() throws Exception {
		JsonNode result = deliver("outlook-teams-request.eml");

		assertThat(result.get("outcome").asString()).isEqualTo("scheduled");
		String id = result.get("meetingId").asString();
		JsonNode meeting = meeting(id);
		assertThat(meeting.get("title").asString()).isEqualTo("Styrgruppsmöte digitalisering");
		assertThat(meeting.get("platform").asString()).isEqualTo("TEAMS");
		assertThat(meeting.get("startsAt").asString()).startsWith(FixtureMeetings.dated("2027-03-15T10:00"));
		assertThat(meeting.get("joinUrl").asString()).startsWith("https://teams.microsoft.com/l/meetup-join/");
		assertThat(meeting.get("organizer").get("email").asString()).isEqualTo("anna.berg@kommun-a.example");
		// Anna, Erik and Maja: the organiser once, no room, not the agent itself.
		assertThat(meeting.get("participants")).hasSize(3);
		assertThat(queuedJoins(id)).hasSize(1);
	}

	@Test
	void anUpdateMovesTheSameMeetingAndItsJoinAnOlderOneIsIgnoredACancelCancels() throws Exception {
		String id = deliver("outlook-teams-request.eml").get("meetingId").asString();
		List<String> firstJoin = queuedJoins(id);

		JsonNode update = deliver("outlook-teams-update.eml");
		assertThat(update.get("outcome").asString()).isEqualTo("updated");
		assertThat(update.get("meetingId").asString()).isEqualTo(id);
		assertThat(meeting(id).get("startsAt").asString()).startsWith(FixtureMeetings.dated("2027-03-15T13:00"));
		assertThat(queuedJoins(id)).hasSize(1).doesNotContainAnyElementsOf(firstJoin);

		JsonNode stale = deliver("outlook-teams-update-stale.eml");
		assertThat(stale.get("outcome").asString()).isEqualTo("ignored");
		assertThat(meeting(id).get("startsAt").asString()).startsWith(FixtureMeetings.dated("2027-03-15T13:00"));

		JsonNode reply = deliver("outlook-teams-reply.eml");
		assertThat(reply.get("outcome").asString()).isEqualTo("ignored");

		JsonNode cancel = deliver("outlook-teams-cancel.eml");
		assertThat(cancel.get("outcome").asString()).isEqualTo("cancelled");
		assertThat(meeting(id).get("status").asString()).isEqualTo("CANCELLED");
		assertThat(queuedJoins(id)).isEmpty();
	}

	@Test
	void anOffboardedMeetingIsNotBookedAgainByItsInvitationButAnExplicitRequestBringsTheAgentBack() throws Exception {
		String id = deliver("outlook-teams-request.eml").get("meetingId").asString();
		JsonNode stored = meeting(id);
		Api admin = Api.as(this.port, "demo-a-admin");
		assertThat(admin.postJson("/api/agents/meetings/" + id + "/offboard", "").statusCode()).isEqualTo(200);

		JsonNode again = deliver("outlook-teams-request.eml");

		assertThat(again.get("outcome").asString()).isEqualTo("ignored");
		assertThat(again.get("reason").asString()).isEqualTo("offboarded");
		assertThat(again.get("meetingId").isNull()).isTrue();
		assertThat(this.jdbc.sql("SELECT count(*) FROM meeting WHERE join_url = :url")
			.param("url", stored.get("joinUrl").asString())
			.query(Long.class)
			.single()).isZero();

		HttpResponse<String> explicit = admin.postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", "Styrgruppsmöte, igen", "joinUrl", stored.get("joinUrl").asString(),
						"startsAt", stored.get("startsAt").asString(), "endsAt", stored.get("endsAt").asString())));
		assertThat(explicit.statusCode()).isEqualTo(201);
		assertThat(deliver("outlook-teams-update.eml").get("outcome").asString()).as("the mark is gone")
			.isIn("updated", "scheduled");
	}

	@Test
	void anotherOrganiserCannotMoveOrCancelTheMeeting() throws Exception {
		String id = deliver("outlook-teams-request.eml").get("meetingId").asString();
		String impostor = "ORGANIZER;CN=3DMaja Ek:mailto:maja.ek@kommun-a.example";

		JsonNode moved = Api.json(post(fixture("outlook-teams-update.eml")
			.replace("ORGANIZER;CN=3DAnna Berg:mailto:anna.berg@kommun-a.example", impostor)));
		JsonNode cancelled = Api.json(post(fixture("outlook-teams-cancel.eml")
			.replace("ORGANIZER;CN=3DAnna Berg:mailto:anna.berg@kommun-a.example", impostor)));

		assertThat(moved.get("outcome").asString()).isEqualTo("ignored");
		assertThat(moved.get("reason").asString()).isEqualTo("other-organiser");
		assertThat(moved.get("meetingId").isNull()).isTrue();
		assertThat(cancelled.get("outcome").asString()).isEqualTo("ignored");
		JsonNode meeting = meeting(id);
		assertThat(meeting.get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(meeting.get("startsAt").asString()).startsWith(FixtureMeetings.dated("2027-03-15T10:00"));
	}

	@Test
	void aMeetingMovedAndMovedBackStillHasOneJoin() throws Exception {
		String id = deliver("outlook-teams-request.eml").get("meetingId").asString();
		deliver("outlook-teams-update.eml");

		JsonNode back = Api.json(post(fixture("outlook-teams-request.eml").replace("SEQUENCE:0", "SEQUENCE:2")));

		assertThat(back.get("outcome").asString()).isEqualTo("updated");
		assertThat(meeting(id).get("startsAt").asString()).startsWith(FixtureMeetings.dated("2027-03-15T10:00"));
		assertThat(queuedJoins(id)).hasSize(1);
	}

	@Test
	void aRecurringSeriesIsOneMeetingPerOccurrenceWithoutTheExceptionDate() throws Exception {
		JsonNode result = deliver("teams-series-with-exception.eml");

		assertThat(result.get("outcome").asString()).isEqualTo("scheduled");
		String uid = this.jdbc.sql("SELECT ical_uid FROM meeting WHERE id = :id")
			.param("id", UUID.fromString(result.get("meetingId").asString()))
			.query(String.class)
			.single();
		List<String> starts = this.jdbc
			.sql("SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM meeting "
					+ "WHERE ical_uid = :uid ORDER BY starts_at")
			.param("uid", uid)
			.query(String.class)
			.list();
		assertThat(starts).containsExactly(FixtureMeetings.dated("2027-04-05 08:00"),
				FixtureMeetings.dated("2027-04-12 08:00"), FixtureMeetings.dated("2027-04-26 12:00"),
				FixtureMeetings.dated("2027-05-03 08:00"), FixtureMeetings.dated("2027-05-10 08:00"));

		// The same series again: nothing new.
		assertThat(deliver("teams-series-with-exception.eml").get("outcome").asString()).isEqualTo("updated");
		assertThat(this.jdbc.sql("SELECT count(*) FROM meeting WHERE ical_uid = :uid")
			.param("uid", uid)
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	/**
	 * Each vendor's invitation as stored, field by field: start and end in UTC, join
	 * link, platform, organiser, and the people (organiser and attendees once each,
	 * without the agent).
	 */
	@ParameterizedTest
	@CsvSource({
			"google-meet-request.eml, 2027-03-16T13:00:00Z, 2027-03-16T13:30:00Z, https://meet.google.com/abc-defg-hij, GOOGLE_MEET, maja.ek@kommun-a.example, 2",
			"zoom-request.eml, 2027-03-17T08:00:00Z, 2027-03-17T08:45:00Z, https://kommun-a.zoom.us/j/81234567890?pwd=AbCdEf123, ZOOM, erik.lund@kommun-a.example, 2",
			"webex-request.eml, 2027-03-18T08:00:00Z, 2027-03-18T09:00:00Z, https://kommun-a.webex.com/kommun-a/j.php?MTID=m0123456789abcdef0123456789abcdef, WEBEX, anna.berg@kommun-a.example, 2",
			"outlook-teams-request.eml, 2027-03-15T09:00:00Z, 2027-03-15T10:00:00Z, https://teams.microsoft.com/l/meetup-join/, TEAMS, anna.berg@kommun-a.example, 3" })
	void eachVendorsInvitationIsStoredFieldByField(String fixture, String startsAt, String endsAt, String joinUrl,
			String platform, String organiser, int people) throws Exception {
		JsonNode result = deliver(fixture);

		assertThat(result.get("outcome").asString()).isEqualTo("scheduled");
		Map<String, Object> stored = this.jdbc.sql("SELECT starts_at, ends_at, join_url, platform, organizer_email, "
				+ "(SELECT count(*) FROM meeting_participant p WHERE p.meeting_id = m.id) AS people, "
				+ "(SELECT count(*) FROM meeting_participant p WHERE p.meeting_id = m.id AND p.email LIKE 'kollegan+%') AS agents "
				+ "FROM meeting m WHERE id = :id")
			.param("id", UUID.fromString(result.get("meetingId").asString()))
			.query()
			.singleRow();
		assertThat(((java.sql.Timestamp) stored.get("starts_at")).toInstant())
			.isEqualTo(FixtureMeetings.dated(startsAt));
		assertThat(((java.sql.Timestamp) stored.get("ends_at")).toInstant()).isEqualTo(FixtureMeetings.dated(endsAt));
		assertThat((String) stored.get("join_url")).startsWith(joinUrl);
		assertThat(stored.get("platform")).isEqualTo(platform);
		assertThat(stored.get("organizer_email")).isEqualTo(organiser);
		assertThat(((Number) stored.get("people")).intValue()).isEqualTo(people);
		assertThat(((Number) stored.get("agents")).intValue()).isZero();
	}

	@Test
	void inPersonMeetingIsNotJoinable() throws Exception {
		JsonNode result = deliver("no-link-request.eml");

		assertThat(result.get("outcome").asString()).isEqualTo("not_joinable");
		assertThat(result.get("reason").asString()).isEqualTo("no-online-link");
		// The organiser is told why (queued; sent over SMTP where a mail server is set).
		assertThat(this.jdbc
			.sql("SELECT payload->'organiser'->>'value' FROM agent_job WHERE type = 'ORGANISER_NOTICE' "
					+ "ORDER BY created_at DESC LIMIT 1")
			.query(String.class)
			.single()).isEqualTo("anna.berg@kommun-a.example");
	}

	@Test
	void malformedAndPlainMailsAreAnsweredNotCrashedOn() throws Exception {
		assertThat(deliver("malformed.eml").get("outcome").asString()).isEqualTo("rejected");
		assertThat(deliver("plain-mail-no-calendar.eml").get("outcome").asString()).isEqualTo("ignored");
		assertThat(Api.json(post("\u0000\u0001 not a mail at all")).get("outcome").asString()).isEqualTo("rejected");
	}

	@Test
	void anUnverifiedOrganiserIsRejectedNothingStoredAndAudited() throws Exception {
		long meetingsBefore = this.jdbc.sql("SELECT count(*) FROM meeting").query(Long.class).single();
		long auditBefore = this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'invitation.rejected'")
			.query(Long.class)
			.single();

		JsonNode result = deliver("unverified-domain-request.eml");

		assertThat(result.get("outcome").asString()).isEqualTo("rejected");
		assertThat(result.get("reason").asString()).isEqualTo("unverified-domain");
		assertThat(this.jdbc.sql("SELECT count(*) FROM meeting").query(Long.class).single()).isEqualTo(meetingsBefore);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'invitation.rejected'")
			.query(Long.class)
			.single()).isEqualTo(auditBefore + 1);
	}

	@Test
	void anUnknownOrRotatedAddressIsRejected() throws Exception {
		String old = this.agent;
		this.member.post("/api/agents/invite-address/rotate", "application/json", BodyPublishers.noBody());
		String mail = fixture("zoom-request.eml").replace(this.agent, old);

		JsonNode result = Api.json(post(mail));

		assertThat(result.get("outcome").asString()).isEqualTo("rejected");
		assertThat(result.get("reason").asString()).isEqualTo("unknown-address");
	}

	@Test
	void aBadOrMissingSignatureIs401AndAnOversizedMail413() throws Exception {
		byte[] body = fixture("zoom-request.eml").getBytes(StandardCharsets.UTF_8);
		Api anonymous = Api.anonymous(this.port);

		HttpResponse<String> unsigned = anonymous.method("POST", "/api/inbound/email", "message/rfc822", body);
		HttpResponse<String> wrongKey = anonymous.method("POST", "/api/inbound/email", "message/rfc822", body,
				"X-Kollegan-Signature", InboundSignature.of(body, "someone-elses-secret-value"));
		HttpResponse<String> garbage = anonymous.method("POST", "/api/inbound/email", "message/rfc822", body,
				"X-Kollegan-Signature", "sha256=zz");
		byte[] huge = new byte[1536 * 1024];
		HttpResponse<String> oversized = anonymous.method("POST", "/api/inbound/email", "message/rfc822", huge,
				"X-Kollegan-Signature", InboundSignature.demo(huge));

		assertThat(List.of(unsigned, wrongKey, garbage)).allSatisfy(response -> {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		});
		assertThat(oversized.statusCode()).isEqualTo(413);
	}

	@Test
	void theAddressIsStableUntilRotated() {
		JsonNode first = Api.json(this.member.get("/api/agents/invite-address"));
		JsonNode again = Api.json(this.member.get("/api/agents/invite-address"));

		assertThat(first.get("address").asString()).isEqualTo(this.agent)
			.matches("kollegan\\+[a-z2-7]{20}@kollegan\\.example");
		assertThat(again.get("address").asString()).isEqualTo(this.agent);
		assertThat(first.get("instructions").asString()).contains("Bjud in").contains("Invite");
	}

}
