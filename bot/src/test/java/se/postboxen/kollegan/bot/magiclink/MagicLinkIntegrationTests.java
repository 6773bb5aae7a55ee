package se.postboxen.kollegan.bot.magiclink;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Magic links end to end: made by a member, opened and confirmed by a browser with no
 * sign-in, and refused clearly when tampered with, expired or used.
 */
@KolleganIntegrationTest
class MagicLinkIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private String makeLink(String joinUrl) {
		HttpResponse<String> made = Api.as(this.port, "demo-a-member")
			.postJson("/api/agents/magic-links", Api.toJson(Map.of("title", "Möte med revisorerna", "joinUrl", joinUrl,
					"startsAt", "2031-05-06T09:00:00+02:00", "endsAt", "2031-05-06T10:00:00+02:00")));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		JsonNode link = Api.json(made);
		assertThat(link.get("url").asString()).startsWith("http://localhost:" + this.port + "/m/");
		assertThat(link.get("expiresAt").asString()).isNotBlank();
		return link.get("url").asString();
	}

	private HttpResponse<String> open(String url, String accept) throws Exception {
		return this.browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Opens the page and presses the button, as a person would: with the page's session
	 * cookie (sent by hand, since the cookie is Secure and the test server plain HTTP)
	 * and the form's CSRF token.
	 */
	/** The confirming POST of the page as it is now, to be sent once or more. */
	private HttpRequest confirmation(String url) throws Exception {
		return confirmation(url, url);
	}

	/**
	 * The confirming POST of {@code pageUrl}'s form (its session and CSRF token) sent to
	 * {@code target}: how a changed or stale link reaches the confirmation itself.
	 */
	private HttpRequest confirmation(String pageUrl, String target) throws Exception {
		HttpResponse<String> page = open(pageUrl, "text/html");
		Matcher csrf = CSRF.matcher(page.body());
		String form = csrf.find() ? "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "";
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(target))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		page.headers()
			.allValues("Set-Cookie")
			.forEach(cookie -> post.header("Cookie", cookie.substring(0, cookie.indexOf(';'))));
		return post.build();
	}

	private long meetingsWith(String joinUrl) {
		return this.jdbc.sql("SELECT count(*) FROM meeting WHERE join_url = :url AND status = 'SCHEDULED'")
			.param("url", joinUrl)
			.query(Long.class)
			.single();
	}

	private static String joinUrl() {
		return "https://kommun-a.zoom.us/j/" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
	}

	@Test
	void aValidLinkShowsTheMeetingAndConfirmingSchedulesTheAgentOnce() throws Exception {
		String joinUrl = joinUrl();
		String url = makeLink(joinUrl);

		HttpResponse<String> page = open(url, "text/html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Möte med revisorerna").contains("Bekräfta").contains(joinUrl);
		// Opening (as a link preview or mail scanner would) schedules nothing.
		assertThat(meetingsWith(joinUrl)).isZero();
		JsonNode json = Api.json(open(url, "application/json"));
		assertThat(json.get("title").asString()).isEqualTo("Möte med revisorerna");

		HttpRequest pressed = confirmation(url);
		HttpResponse<String> done = this.browser.send(pressed, HttpResponse.BodyHandlers.ofString());
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(done.body()).contains("Klart!");
		assertThat(meetingsWith(joinUrl)).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'meeting.scheduled' "
				+ "AND details->>'via' = 'MAGIC_LINK' AND subject_id = (SELECT id::text FROM meeting WHERE join_url = :url)")
			.param("url", joinUrl)
			.query(Long.class)
			.single()).isEqualTo(1);

		// The same button pressed again (or the page open in a second tab).
		HttpResponse<String> again = this.browser.send(pressed, HttpResponse.BodyHandlers.ofString());
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).contains("redan använd").doesNotContain("Exception");
		assertThat(open(url, "text/html").statusCode()).isEqualTo(410);
		assertThat(meetingsWith(joinUrl)).isEqualTo(1);
		HttpResponse<String> usedJson = open(url, "application/json");
		assertThat(usedJson.statusCode()).isEqualTo(410);
		assertThat(Api.json(usedJson).get("type").asString()).endsWith("/magic-link-used");
	}

	@Test
	void aTamperedLinkIsNotFoundAndSchedulesNothing() throws Exception {
		String joinUrl = joinUrl();
		String url = makeLink(joinUrl);
		String token = url.substring(url.lastIndexOf('/') + 1);
		String[] parts = token.split("\\.");
		char first = parts[0].charAt(0);
		String changedPayload = ((first == 'A') ? 'B' : 'A') + parts[0].substring(1) + "." + parts[1] + "." + parts[2];
		String base = url.substring(0, url.lastIndexOf('/') + 1);

		for (String tampered : new String[] { changedPayload, parts[0] + ".other-key." + parts[2],
				parts[0] + "." + parts[1] + "." + parts[2].substring(1), "not-a-token", parts[0] }) {
			HttpResponse<String> page = open(base + tampered, "text/html");
			assertThat(page.statusCode()).as(tampered).isEqualTo(404);
			assertThat(page.body()).contains("Länken är ogiltig").doesNotContain("Exception");
			HttpResponse<String> json = open(base + tampered, "application/json");
			assertThat(json.statusCode()).isEqualTo(404);
			assertThat(json.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(Api.json(json).get("type").asString()).endsWith("/magic-link-invalid");
			HttpResponse<String> confirmed = this.browser.send(confirmation(url, base + tampered),
					HttpResponse.BodyHandlers.ofString());
			assertThat(confirmed.statusCode()).as(tampered).isEqualTo(404);
			assertThat(confirmed.body()).contains("Länken är ogiltig");
		}
		assertThat(meetingsWith(joinUrl)).isZero();
	}

	@Test
	void anExpiredLinkIsGone() throws Exception {
		String joinUrl = joinUrl();
		String url = makeLink(joinUrl);
		this.jdbc.sql("UPDATE magic_link SET expires_at = now() - interval '1 minute' WHERE join_url = :url")
			.param("url", joinUrl)
			.update();

		HttpResponse<String> page = open(url, "text/html");
		assertThat(page.statusCode()).isEqualTo(410);
		assertThat(page.body()).contains("har gått ut");
		assertThat(Api.json(open(url, "application/json")).get("type").asString()).endsWith("/magic-link-expired");
		String valid = makeLink(joinUrl());
		HttpResponse<String> confirmed = this.browser.send(confirmation(valid, url),
				HttpResponse.BodyHandlers.ofString());
		assertThat(confirmed.statusCode()).isEqualTo(410);
		assertThat(confirmed.body()).contains("har gått ut");
		assertThat(meetingsWith(joinUrl)).isZero();
	}

	@Test
	void aLinkForAnImpossibleMeetingIsRefusedWhenMade() {
		HttpResponse<String> made = Api.as(this.port, "demo-a-member")
			.postJson("/api/agents/magic-links",
					Api.toJson(Map.of("title", "Fel", "joinUrl", "http://insecure.example/j/1", "startsAt",
							"2031-05-06T09:00:00+02:00", "endsAt", "2031-05-06T08:00:00+02:00")));

		assertThat(made.statusCode()).isEqualTo(400);
		assertThat(made.body()).contains("joinUrl").contains("endsAt");
	}

}
