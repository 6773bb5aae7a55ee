package se.postboxen.kollegan.bot.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.demo.DemoTenant;
import se.postboxen.kollegan.bot.invite.FixtureMeetings;
import se.postboxen.kollegan.invite.AgentMailbox;
import se.postboxen.kollegan.invite.Invitations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Following a Microsoft 365 calendar end to end, with Microsoft Graph played by WireMock
 * (payloads as in Microsoft's documentation): the validation handshake, subscribing and
 * the first delta sync when the user turns auto-join on, a notification whose secret is
 * wrong doing nothing, a genuine one syncing the deletion, and a lifecycle notification
 * renewing the subscription.
 */
@KolleganIntegrationTest
class MicrosoftCalendarIntegrationTests {

	static final WireMockServer graph = new WireMockServer(options().dynamicPort());

	static {
		graph.start();
	}

	@DynamicPropertySource
	static void graph(DynamicPropertyRegistry properties) {
		properties.add("kollegan.graph.client-id", () -> "kollegan-app");
		properties.add("kollegan.graph.client-secret", () -> "test-client-secret-value");
		properties.add("kollegan.graph.notification-url", () -> "https://kollegan.kommun-a.se/api/graph/notifications");
		properties.add("kollegan.graph.lifecycle-url", () -> "https://kollegan.kommun-a.se/api/graph/lifecycle");
		properties.add("kollegan.graph.base-url", () -> graph.baseUrl() + "/v1.0");
		properties.add("kollegan.graph.login-url", graph::baseUrl);
		properties.add("kollegan.graph.agent-mailbox", () -> "kollegan@kollegan.example");
		properties.add("kollegan.graph.agent-mailbox-directory", () -> "agent-directory");
	}

	@AfterAll
	static void stopGraph() {
		graph.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Invitations invitations;

	@Autowired
	AgentMailbox mailbox;

	private static ResponseDefinitionBuilder json(String name) {
		return json(name, "anna.berg@kommun-a.example");
	}

	/** A documented payload, its links pointing at WireMock and at this mailbox. */
	private static ResponseDefinitionBuilder json(String name, String mailbox) {
		try (InputStream in = MicrosoftCalendarIntegrationTests.class.getResourceAsStream("/graph/" + name)) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8)
				.replace("{{BASE}}", graph.baseUrl() + "/v1.0")
				// The mailbox's owner organises the meetings in it (a deletion then
				// cancels).
				.replace("anna.berg@kommun-a.example", mailbox);
			return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long meetings(String sourceIcalUidPrefix, String status) {
		return this.jdbc.sql("SELECT count(*) FROM meeting WHERE ical_uid LIKE :uid AND status = :status")
			.param("uid", sourceIcalUidPrefix + "%")
			.param("status", status)
			.query(Long.class)
			.single();
	}

	@Test
	void theValidationHandshakeEchoesTheTokenAsPlainText() {
		Api microsoft = Api.anonymous(this.port);
		for (String path : List.of("/api/graph/notifications", "/api/graph/lifecycle")) {
			HttpResponse<String> response = microsoft.post(
					path + "?validationToken=Validation%3A%20Testing%20client%20application%20reachability",
					"text/plain; charset=utf-8", BodyPublishers.noBody());

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
			assertThat(response.body()).isEqualTo("Validation: Testing client application reachability");
		}
	}

	@Test
	void autoJoinSubscribesSyncsAndFollowsNotifications() {
		FixtureMeetings.forget(this.jdbc);
		String directory = DemoTenant.A.directoryId();
		Api member = Api.as(this.port, "demo-a-member");
		String mailbox = Api.json(member.get("/api/me")).get("email").asString();
		graph.stubFor(post(urlPathEqualTo("/" + directory + "/oauth2/v2.0/token")).willReturn(json("token.json")));
		graph.stubFor(post(urlPathEqualTo("/v1.0/subscriptions"))
			.withRequestBody(matchingJsonPath("$.resource", equalTo("/users/" + mailbox + "/events")))
			.willReturn(json("subscription-created.json").withStatus(201)));
		graph.stubFor(get(urlPathEqualTo("/v1.0/users/" + mailbox + "/calendarView/delta"))
			.withQueryParam("startDateTime", com.github.tomakehurst.wiremock.client.WireMock.matching(".+"))
			.willReturn(json("calendarview-delta-page1.json", mailbox)));
		graph.stubFor(get(urlPathEqualTo("/v1.0/users/" + mailbox + "/calendarView/delta"))
			.withQueryParam("$skiptoken", equalTo("R0usmcCM996atia_s"))
			.willReturn(json("calendarview-delta-page2.json", mailbox)));

		HttpResponse<String> put = member.putJson("/api/agents/calendar-autojoin", Api.toJson(Map.of("enabled", true)));
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		assertThat(Api.json(put).get("microsoft365Available").asBoolean()).isTrue();

		String teamsMeeting = "040000008200E00074C5B7101A82E00800000000D939773EA578D401";
		await().atMost(Duration.ofSeconds(30)).until(() -> meetings(teamsMeeting, "SCHEDULED") == 1);
		assertThat(Api.json(member.get("/api/agents/calendar-autojoin")).get("microsoft365Connected").asBoolean())
			.isTrue();
		String clientState = this.jdbc.sql("SELECT client_state FROM microsoft_calendar WHERE subscription_id = :id")
			.param("id", "7f105c7d-2dc5-4530-97cd-4e7ae6534c07")
			.query(String.class)
			.single();

		// The next delta says the meeting was deleted from the calendar.
		graph.stubFor(get(urlPathEqualTo("/v1.0/users/" + mailbox + "/calendarView/delta"))
			.withQueryParam("$deltatoken", equalTo("R0usmci39OQxqJrxK4"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"@odata.deltaLink": "%s/v1.0/users/%s/calendarView/delta?$deltatoken=next",
					 "value": [{"id": "AAMkADNkNmAA=", "@removed": {"reason": "deleted"}}]}
					""".formatted(graph.baseUrl(), mailbox))));
		Api microsoft = Api.anonymous(this.port);
		HttpResponse<String> forged = microsoft.postJson("/api/graph/notifications", notification("wrong-secret"));
		assertThat(forged.statusCode()).isEqualTo(202);
		assertThat(meetings(teamsMeeting, "SCHEDULED")).isEqualTo(1);

		HttpResponse<String> genuine = microsoft.postJson("/api/graph/notifications", notification(clientState));
		assertThat(genuine.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> meetings(teamsMeeting, "CANCELLED") == 1);

		graph.stubFor(patch(urlPathMatching("/v1.0/subscriptions/7f105c7d-2dc5-4530-97cd-4e7ae6534c07"))
			.willReturn(json("subscription-renewed.json")));
		HttpResponse<String> lifecycle = microsoft.postJson("/api/graph/lifecycle", """
				{"value": [{"subscriptionId": "7f105c7d-2dc5-4530-97cd-4e7ae6534c07",
				 "subscriptionExpirationDateTime": "2027-03-04T10:00:00Z", "tenantId": "%s",
				 "clientState": "%s", "lifecycleEvent": "reauthorizationRequired"}]}
				""".formatted(directory, clientState));
		assertThat(lifecycle.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> graph.verify(1,
					patchRequestedFor(urlPathEqualTo("/v1.0/subscriptions/7f105c7d-2dc5-4530-97cd-4e7ae6534c07"))));
		graph.verify(1, postRequestedFor(urlPathEqualTo("/v1.0/subscriptions")));
	}

	@Test
	void invitationsAreReadFromTheAgentsMailbox() throws IOException {
		FixtureMeetings.forget(this.jdbc);
		String agent = Api.json(Api.as(this.port, "demo-a-member").get("/api/agents/invite-address"))
			.get("address")
			.asString();
		String mime;
		try (InputStream in = getClass().getResourceAsStream("/invitations/outlook-teams-request.eml")) {
			mime = FixtureMeetings.dated(new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.replace("{{AGENT}}", agent);
		}
		String messages = "/v1.0/users/kollegan%40kollegan.example/";
		graph.stubFor(post(urlPathEqualTo("/agent-directory/oauth2/v2.0/token")).willReturn(json("token.json")));
		graph.stubFor(get(urlPathEqualTo(messages + "mailFolders/inbox/messages"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"value\": [{\"id\": \"AAMkAGI2THVSAAA\"}]}")));
		graph.stubFor(get(urlPathEqualTo(messages + "messages/AAMkAGI2THVSAAA/$value"))
			.willReturn(aResponse().withHeader("Content-Type", "text/plain").withBody(mime)));
		graph.stubFor(patch(urlPathEqualTo(messages + "messages/AAMkAGI2THVSAAA"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));

		assertThat(this.invitations.readMailbox(this.mailbox, 10)).isEqualTo(1);

		assertThat(meetings("040000008200E00074C5B7101A82E008", "SCHEDULED")).isEqualTo(1);
		graph.verify(1, patchRequestedFor(urlPathEqualTo(messages + "messages/AAMkAGI2THVSAAA")));
	}

	@Test
	void garbageNotificationsAreRefusedWithoutA5xx() {
		Api microsoft = Api.anonymous(this.port);

		assertThat(microsoft.postJson("/api/graph/notifications", "{not json").statusCode()).isEqualTo(400);
		assertThat(microsoft.post("/api/graph/notifications", "application/json", BodyPublishers.noBody()).statusCode())
			.isEqualTo(400);
		assertThat(microsoft.postJson("/api/graph/notifications", "{\"value\": [{\"subscriptionId\": \"../x\"}]}")
			.statusCode()).isEqualTo(202);
		assertThat(microsoft
			.post("/api/graph/notifications?validationToken=" + "x".repeat(2000), "text/plain", BodyPublishers.noBody())
			.statusCode()).isEqualTo(400);
	}

	private static String notification(String clientState) {
		return """
				{"value": [{"id": "lsgTZMr9KwAAA", "subscriptionId": "7f105c7d-2dc5-4530-97cd-4e7ae6534c07",
				 "subscriptionExpirationDateTime": "2027-03-04T10:00:00Z", "clientState": "%s",
				 "changeType": "deleted", "resource": "Users/x/Events/AAMkADNkNmAA=",
				 "tenantId": "d1c2", "resourceData": {"@odata.type": "#Microsoft.Graph.Event",
				 "@odata.id": "Users/x/Events/AAMkADNkNmAA=", "id": "AAMkADNkNmAA="}}]}
				""".formatted(clientState);
	}

}
