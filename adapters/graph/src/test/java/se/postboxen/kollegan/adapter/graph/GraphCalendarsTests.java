package se.postboxen.kollegan.adapter.graph;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.calendar.CalendarEvent;
import se.postboxen.kollegan.calendar.CalendarFeedException;
import se.postboxen.kollegan.calendar.MicrosoftCalendars;
import se.postboxen.kollegan.person.EmailAddress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Graph client against WireMock serving payloads shaped as in Microsoft's
 * documentation (token, calendarView delta pages, subscriptions).
 */
class GraphCalendarsTests {

	private static final String DIRECTORY = "d1c2e3f4-0000-4000-8000-00000000000a";

	private static final EmailAddress ANNA = EmailAddress.of("anna.berg@kommun-a.example");

	private WireMockServer graph;

	private GraphCalendars calendars;

	private String base;

	@BeforeEach
	void start() {
		this.graph = new WireMockServer(options().dynamicPort());
		this.graph.start();
		this.base = "http://localhost:" + this.graph.port() + "/v1.0";
		GraphProperties properties = new GraphProperties("app-id", "app-secret-value",
				URI.create("https://kollegan.kommun-a.se/api/graph/notifications"),
				URI.create("https://kollegan.kommun-a.se/api/graph/lifecycle"), URI.create(this.base),
				URI.create("http://localhost:" + this.graph.port()), null, null);
		// HTTP/1.1 as against Graph's TLS endpoint; WireMock's plain HTTP would otherwise
		// be
		// asked to upgrade to h2c. A read timeout so that a test can fail but not hang.
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.calendars = new GraphCalendars(RestClient.builder().requestFactory(requests).build(), properties,
				Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC));
		this.graph.stubFor(post(urlPathEqualTo("/" + DIRECTORY + "/oauth2/v2.0/token"))
			.withRequestBody(WireMock.containing("grant_type=client_credentials"))
			.withRequestBody(WireMock.containing("scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"))
			.willReturn(json("token.json")));
	}

	@AfterEach
	void stop() {
		this.graph.stop();
	}

	private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String name) {
		try (InputStream in = getClass().getResourceAsStream("/graph/" + name)) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", this.base)
				.replace("{{CLIENT_STATE}}", "s3cr3t-state");
			return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void readsACalendarViewDeltaAcrossPages() {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/users/anna.berg@kommun-a.example/calendarView/delta"))
			.withQueryParam("startDateTime", equalTo("2027-02-28T10:00:00Z"))
			.withHeader("Authorization", WireMock.matching("Bearer eyJ.+"))
			.withHeader("Prefer", WireMock.containing("outlook.timezone=\"UTC\""))
			.withQueryParam("$skiptoken", WireMock.absent())
			.willReturn(json("calendarview-delta-page1.json")));
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/users/anna.berg@kommun-a.example/calendarView/delta"))
			.withQueryParam("$skiptoken", equalTo("R0usmcCM996atia_s"))
			.willReturn(json("calendarview-delta-page2.json")));

		MicrosoftCalendars.Changes changes = this.calendars.changes(DIRECTORY, ANNA, null,
				Instant.parse("2027-02-28T10:00:00Z"), Instant.parse("2027-05-29T10:00:00Z"));

		assertThat(changes.events()).hasSize(2);
		CalendarEvent meeting = changes.events().get(0);
		assertThat(meeting.uid()).startsWith("040000008200E00074C5B7101A82E008");
		assertThat(meeting.sourceId()).isEqualTo("AAMkADNkNmAA=");
		assertThat(meeting.title()).isEqualTo("Styrgruppsmöte digitalisering");
		assertThat(meeting.startsAt().toInstant()).isEqualTo("2027-03-15T09:00:00Z");
		assertThat(meeting.endsAt().toInstant()).isEqualTo("2027-03-15T10:00:00Z");
		assertThat(meeting.joinUrl().getHost()).isEqualTo("teams.microsoft.com");
		assertThat(meeting.categories()).containsExactly("Kollegan");
		assertThat(meeting.occurrence()).isNull();
		assertThat(meeting.participants()).extracting(p -> p.email().value())
			.containsExactly("anna.berg@kommun-a.example", "erik.lund@kommun-a.example");
		CalendarEvent occurrence = changes.events().get(1);
		assertThat(occurrence.occurrence()).isEqualTo("2027-04-12T08:00:00Z");
		assertThat(changes.cancelled()).singleElement()
			.satisfies(cancelled -> assertThat(cancelled.title()).startsWith("Inställt"));
		assertThat(changes.removedIds()).containsExactly("AAMkADNkNmDD=");
		assertThat(changes.deltaLink()).startsWith(this.base).contains("$deltatoken=R0usmci39OQxqJrxK4");
		// One token for both pages.
		this.graph.verify(1, postRequestedFor(urlPathEqualTo("/" + DIRECTORY + "/oauth2/v2.0/token")));
	}

	@Test
	void continuesFromTheDeltaLinkButNeverFollowsALinkOutOfGraph() {
		this.graph.stubFor(get(urlPathEqualTo("/v1.0/users/anna.berg@kommun-a.example/calendarView/delta"))
			.withQueryParam("$deltatoken", equalTo("abc"))
			.willReturn(json("calendarview-delta-page2.json")));

		MicrosoftCalendars.Changes changes = this.calendars.changes(DIRECTORY, ANNA,
				this.base + "/users/anna.berg@kommun-a.example/calendarView/delta?$deltatoken=abc", Instant.now(),
				Instant.now());

		assertThat(changes.removedIds()).containsExactly("AAMkADNkNmDD=");
		assertThatExceptionOfType(CalendarFeedException.class).isThrownBy(() -> this.calendars.changes(DIRECTORY, ANNA,
				"https://evil.example/steal?token", Instant.now(), Instant.now()));
	}

	@Test
	void subscribesAndRenewsWithTheClientState() {
		this.graph.stubFor(post(urlPathEqualTo("/v1.0/subscriptions")).withRequestBody(equalToJson("""
				{"changeType": "created,updated,deleted",
				 "notificationUrl": "https://kollegan.kommun-a.se/api/graph/notifications",
				 "lifecycleNotificationUrl": "https://kollegan.kommun-a.se/api/graph/lifecycle",
				 "resource": "/users/anna.berg@kommun-a.example/events",
				 "expirationDateTime": "2027-03-04T08:00:00Z",
				 "clientState": "s3cr3t-state"}""")).willReturn(json("subscription-created.json").withStatus(201)));
		this.graph.stubFor(patch(urlPathEqualTo("/v1.0/subscriptions/7f105c7d-2dc5-4530-97cd-4e7ae6534c07"))
			.withRequestBody(equalToJson("{\"expirationDateTime\": \"2027-03-06T08:00:00Z\"}"))
			.willReturn(json("subscription-renewed.json")));

		MicrosoftCalendars.Subscription subscription = this.calendars.subscribe(DIRECTORY, ANNA, "s3cr3t-state",
				Instant.parse("2027-03-04T08:00:00Z"));
		Instant renewed = this.calendars.renew(DIRECTORY, subscription.id(), Instant.parse("2027-03-06T08:00:00Z"));

		assertThat(subscription.id()).isEqualTo("7f105c7d-2dc5-4530-97cd-4e7ae6534c07");
		assertThat(subscription.expiresAt()).isEqualTo("2027-03-04T10:00:00Z");
		assertThat(renewed).isEqualTo("2027-03-06T08:00:00Z");
	}

	@Test
	void refusalsBecomeMessagesForTheUser() {
		this.graph.stubFor(post(urlPathEqualTo("/v1.0/subscriptions")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"code\":\"InvalidRequest\",\"message\":"
					+ "\"Subscription validation request failed. Notification endpoint must respond with 200 OK.\"}}")));
		this.graph.stubFor(post(urlPathEqualTo("/other-directory/oauth2/v2.0/token")).willReturn(aResponse()
			.withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody(
					"{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret\"}")));

		assertThatExceptionOfType(CalendarFeedException.class)
			.isThrownBy(() -> this.calendars.subscribe(DIRECTORY, ANNA, "x", Instant.parse("2027-03-04T08:00:00Z")))
			.withMessageContaining("400");
		assertThatExceptionOfType(CalendarFeedException.class)
			.isThrownBy(() -> this.calendars.changes("other-directory", ANNA, null, Instant.now(), Instant.now()))
			.withMessageContaining("godkänt Kollegan")
			.withMessageNotContaining("app-secret-value");
	}

}
