package se.postboxen.kollegan.bot.chat.slack;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.chat.ChatCredentials;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.shared.HmacSha256;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator adds Kollegan to a Slack workspace ({@link SlackSupport}, with
 * {@code oauth.v2.access} answered by WireMock as Slack documents it): the workspace is
 * linked to their tenant and its token kept encrypted in Postgres; a state that was
 * altered, is late or comes back twice, a code Slack refuses, Slack refusing Kollegan, a
 * workspace of another tenant and callers who are not administrators all leave nothing
 * stored. Then the workspace's own token is used, listed without secrets, forgotten when
 * Slack says the app was uninstalled, and disconnected.
 */
class SlackInstallIntegrationTests extends SlackSupport {

	static final String INSTALL = "/api/admin/integrations/slack/install";

	static final String CALLBACK = "/api/admin/integrations/slack/callback";

	@Autowired
	ChatCredentials credentials;

	@Autowired
	ChatInstallations installations;

	@Autowired
	Tenants tenants;

	TenantId tenant(String slug) {
		return this.tenants.findBySlug(slug).orElseThrow().id();
	}

	Api admin() {
		return Api.as(this.port, "demo-a-admin");
	}

	static String team() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
	}

	static String token() {
		return "xoxb-17653672481-19874698323-" + UUID.randomUUID().toString().replace("-", "");
	}

	/**
	 * Slack's documented {@code oauth.v2.access} answer, for this code, team and token.
	 */
	static void slackGrants(String code, String team, String token) {
		slack.stubFor(post(urlPathEqualTo("/api/oauth.v2.access")).atPriority(1)
			.withRequestBody(containing("code=" + code))
			.willReturn(okJson("""
					{"ok": true, "access_token": "%s", "token_type": "bot",
					 "scope": "commands,chat:write,users:read,users:read.email", "bot_user_id": "U0KRQLJ9H",
					 "app_id": "A0KRD7HC3", "team": {"name": "Kommun A", "id": "%s"}, "enterprise": null,
					 "authed_user": {"id": "U1234", "scope": "chat:write", "access_token": "xoxp-1234",
					 "token_type": "user"}}""".formatted(token, team))));
	}

	static void slackRefuses(String code, String error) {
		slack.stubFor(post(urlPathEqualTo("/api/oauth.v2.access")).atPriority(1)
			.withRequestBody(containing("code=" + code))
			.willReturn(okJson("{\"ok\": false, \"error\": \"" + error + "\"}")));
	}

	static Map<String, String> query(URI uri) {
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return query;
	}

	/** Starts an install as the administrator: the state Slack would bring back. */
	String start(Api admin) {
		HttpResponse<String> redirect = admin.get(INSTALL);
		assertThat(redirect.statusCode()).isEqualTo(302);
		return query(URI.create(redirect.headers().firstValue("Location").orElseThrow())).get("state");
	}

	HttpResponse<String> callback(Api admin, String code, String state) {
		return admin.get(CALLBACK + "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&state="
				+ URLEncoder.encode(state, StandardCharsets.UTF_8));
	}

	long stored(String team) {
		return this.jdbc.sql("SELECT count(*) FROM chat_credential WHERE workspace_id = :team")
			.param("team", team)
			.query(Long.class)
			.single();
	}

	static void assertBadRequestNaming(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(Api.json(response).path("errors").get(0).path("field").asString()).isEqualTo(field);
	}

	@Test
	void anAdministratorIsSentToSlackWithTheScopesAndASignedState() {
		HttpResponse<String> redirect = admin().get(INSTALL);
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		URI authorize = URI.create(redirect.headers().firstValue("Location").orElseThrow());
		assertThat(authorize.toString()).startsWith("https://slack.com/oauth/v2/authorize?");
		assertThat(query(authorize)).containsEntry("client_id", CLIENT_ID)
			.containsEntry("scope", "commands,chat:write,users:read,users:read.email")
			.containsEntry("redirect_uri", "http://localhost:8080/api/admin/integrations/slack/callback")
			.containsKey("state");
	}

	@Test
	void installingLinksTheWorkspaceAndKeepsItsTokenEncrypted() {
		String team = team();
		String token = token();
		slackGrants("code-" + team, team, token);

		HttpResponse<String> back = callback(admin(), "code-" + team, start(admin()));

		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location")).contains("/?slack=connected");
		assertThat(this.installations.tenantOf(ChatPlatformKind.SLACK, team)).contains(tenant("demo-a"));
		byte[] column = this.jdbc.sql("SELECT bot_token FROM chat_credential WHERE workspace_id = :team")
			.param("team", team)
			.query(byte[].class)
			.single();
		assertThat(new String(column, StandardCharsets.ISO_8859_1)).doesNotContain(token).doesNotContain("xoxb");
		assertThat(HexFormat.of().formatHex(column))
			.doesNotContain(HexFormat.of().formatHex(token.getBytes(StandardCharsets.UTF_8)));
		assertThat(this.credentials.find(ChatPlatformKind.SLACK, team)).hasValueSatisfying(granted -> {
			assertThat(granted.botToken()).isEqualTo(token);
			assertThat(granted.botUserId()).isEqualTo("U0KRQLJ9H");
		});
		String basic = Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		slack.verify(postRequestedFor(urlPathEqualTo("/api/oauth.v2.access"))
			.withHeader("Authorization", equalTo("Basic " + basic))
			.withRequestBody(containing("code=code-" + team)));
		// Audited, without the token.
		assertThat(this.jdbc
			.sql("SELECT details::text FROM audit_event WHERE action = 'chat.workspace.connected'"
					+ " AND subject_id = :subject")
			.param("subject", "SLACK:" + team)
			.query(String.class)
			.list()).singleElement().asString().contains("SLACK").doesNotContain("xoxb");
	}

	/**
	 * As it really happens: the administrator clicks "install" in the dashboard and Slack
	 * sends the same browser back, both with nothing but the sign-in session.
	 */
	@Test
	void anAdministratorInstallsFromTheDashboardWithTheirSession() {
		String team = team();
		slackGrants("code-" + team, team, token());
		Browser browser = new Browser(this.port);
		browser.signIn("astrid.ek@kommun-a.example", "demo");

		HttpResponse<String> toSlack = browser.get(INSTALL);
		String state = query(URI.create(toSlack.headers().firstValue("Location").orElseThrow())).get("state");
		HttpResponse<String> back = browser
			.get(CALLBACK + "?code=code-" + team + "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));

		assertThat(toSlack.statusCode()).isEqualTo(302);
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location")).contains("/?slack=connected");
		assertThat(this.installations.tenantOf(ChatPlatformKind.SLACK, team)).contains(tenant("demo-a"));
	}

	@Test
	void aSignedInMemberMayNotInstallAndAStrangerIsSentToSignIn() {
		Browser member = new Browser(this.port);
		member.signIn("erik.lund@kommun-a.example", "demo");

		assertThat(member.get(INSTALL).statusCode()).isEqualTo(403);
		HttpResponse<String> stranger = new Browser(this.port).get(INSTALL);
		assertThat(stranger.statusCode()).isEqualTo(302);
		assertThat(stranger.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/kollegan");
	}

	@Test
	void theInstalledWorkspaceIsWrittenToWithItsOwnToken() {
		String team = team();
		String token = token();
		slackGrants("code-" + team, team, token);
		callback(admin(), "code-" + team, start(admin()));

		String trigger = "13345224609.738474920.own" + UUID.randomUUID().toString().substring(0, 8);
		String body = "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=" + team + "&team_domain=kommun-a&channel_id=C0STYRGRP"
				+ "&channel_name=styrgruppen&user_id=U2CERLKJA&user_name=erik.lund&command=%2Fkollegan&text=status"
				+ "&response_url="
				+ URLEncoder.encode(slack.baseUrl() + "/commands/" + team + "/1/own", StandardCharsets.UTF_8)
				+ "&trigger_id=" + trigger;
		assertThat(deliver(body).statusCode()).isEqualTo(200);

		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.untilAsserted(() -> slack.verify(postRequestedFor(urlPathEqualTo("/api/users.info"))
				.withHeader("Authorization", equalTo("Bearer " + token))));
	}

	@Test
	void theListShowsConnectedWorkspacesPerPlatformWithoutSecrets() {
		String team = team();
		String token = token();
		slackGrants("code-" + team, team, token);
		callback(admin(), "code-" + team, start(admin()));

		for (String reader : new String[] { "demo-a-admin", "demo-a-auditor" }) {
			HttpResponse<String> list = Api.as(this.port, reader).get("/api/admin/integrations");
			assertThat(list.statusCode()).isEqualTo(200);
			assertThat(list.body()).doesNotContain(token).doesNotContain("xoxb").doesNotContain("U0KRQLJ9H");
			JsonNode platforms = Api.json(list).path("platforms");
			assertThat(platforms.path("slack").valueStream().map(workspace -> workspace.path("workspaceId").asString()))
				.contains(team, DEMO_TEAM);
			assertThat(platforms.path("slack")
				.valueStream()
				.filter(workspace -> workspace.path("workspaceId").asString().equals(team))
				.findFirst()
				.orElseThrow()
				.path("credentialsStored")
				.asBoolean()).isTrue();
			assertThat(platforms.has("teams")).isTrue();
			assertThat(platforms.has("zoom")).isTrue();
			assertThat(Api.json(list).path("installable").get(0).asString()).isEqualTo("slack");
		}
		// Another tenant sees none of it.
		assertThat(Api.as(this.port, "demo-b-admin").get("/api/admin/integrations").body()).doesNotContain(team);
	}

	@Test
	void aStateUsedOnceCannotInstallAgain() {
		String team = team();
		slackGrants("code-" + team, team, token());
		String state = start(admin());
		assertThat(callback(admin(), "code-" + team, state).statusCode()).isEqualTo(302);
		this.credentials.disconnect(tenant("demo-a"), ChatPlatformKind.SLACK, team);

		assertBadRequestNaming(callback(admin(), "code-" + team, state), "state");
		assertThat(stored(team)).isZero();
		slack.verify(1, postRequestedFor(urlPathEqualTo("/api/oauth.v2.access"))
			.withRequestBody(containing("code=code-" + team)));
	}

	@Test
	void anAlteredStateStoresNothing() {
		String team = team();
		slackGrants("code-" + team, team, token());
		String state = start(admin());
		String otherTenant = state.replace(tenant("demo-a").value().toString(), tenant("demo-b").value().toString());
		String truncated = state.substring(0, state.length() - 2);

		for (String altered : new String[] { otherTenant, truncated, "", "v1.forged" }) {
			assertBadRequestNaming(callback(admin(), "code-" + team, altered), "state");
		}
		assertBadRequestNaming(admin().get(CALLBACK + "?code=code-" + team), "state");
		assertThat(stored(team)).isZero();
		assertThat(this.installations.tenantOf(ChatPlatformKind.SLACK, team)).isEmpty();
		slack.verify(0, postRequestedFor(urlPathEqualTo("/api/oauth.v2.access"))
			.withRequestBody(containing("code=code-" + team)));
	}

	@Test
	void anExpiredStateStoresNothing() {
		String team = team();
		slackGrants("code-" + team, team, token());
		String subject = Api.json(admin().get("/api/me")).path("subject").asString();
		String expired = signedState(tenant("demo-a"), subject, Instant.now().minusSeconds(1));

		HttpResponse<String> response = callback(admin(), "code-" + team, expired);

		assertBadRequestNaming(response, "state");
		assertThat(response.body()).contains("expired");
		assertThat(stored(team)).isZero();
	}

	@Test
	void aStateIsOnlyForTheAdministratorWhoStartedIt() {
		String team = team();
		slackGrants("code-" + team, team, token());
		String state = start(admin());
		assertBadRequestNaming(callback(Api.as(this.port, "demo-b-admin"), "code-" + team, state), "state");
		assertThat(stored(team)).isZero();
	}

	@Test
	void aWorkspaceOfAnotherTenantIsRefusedWithNothingChanged() {
		String demoBTeam = "T0DEMO00B";
		slackGrants("code-taken", demoBTeam, token());

		HttpResponse<String> response = callback(admin(), "code-taken", start(admin()));

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(Api.json(response).path("type").asString()).endsWith("/chat-workspace-taken");
		assertThat(this.installations.tenantOf(ChatPlatformKind.SLACK, demoBTeam)).contains(tenant("demo-b"));
		assertThat(stored(demoBTeam)).isZero();
	}

	@Test
	void aCodeSlackRefusesIsNamedAndSlackRefusingKolleganIsABadGateway() {
		slackRefuses("code-invalid", "invalid_code");
		slackRefuses("code-misconfigured", "bad_client_secret");

		HttpResponse<String> invalid = callback(admin(), "code-invalid", start(admin()));
		assertBadRequestNaming(invalid, "code");
		HttpResponse<String> refused = callback(admin(), "code-misconfigured", start(admin()));
		assertThat(refused.statusCode()).isEqualTo(502);
		assertThat(Api.json(refused).path("type").asString()).endsWith("/slack-install-failed");
		assertThat(refused.body()).contains("bad_client_secret").doesNotContain(CLIENT_SECRET);
		assertThat(this.jdbc.sql("SELECT count(*) FROM chat_credential WHERE tenant_id = :tenant")
			.param("tenant", tenant("demo-a").value())
			.query(Long.class)
			.single()).isEqualTo(connectedToDemoA());
	}

	private long connectedToDemoA() {
		return this.credentials.workspaces(tenant("demo-a")).stream().filter(w -> w.credentialsStored()).count();
	}

	@Test
	void onlyAdministratorsInstallAndDisconnect() {
		for (String notAdmin : new String[] { "demo-a-member", "demo-a-auditor" }) {
			Api caller = Api.as(this.port, notAdmin);
			assertThat(caller.get(INSTALL).statusCode()).isEqualTo(403);
			assertThat(caller.get(CALLBACK + "?code=x&state=y").statusCode()).isEqualTo(403);
			assertThat(caller.method("DELETE", "/api/admin/integrations/slack/" + DEMO_TEAM).statusCode())
				.isEqualTo(403);
		}
		assertThat(Api.as(this.port, "demo-a-member").get("/api/admin/integrations").statusCode()).isEqualTo(403);
		assertThat(Api.anonymous(this.port).get(INSTALL).statusCode()).isEqualTo(401);
		assertThat(this.installations.tenantOf(ChatPlatformKind.SLACK, DEMO_TEAM)).contains(tenant("demo-a"));
	}

	@Test
	void slacksUninstallEventForgetsTheTokenAndKeepsTheLink() {
		String team = team();
		slackGrants("code-" + team, team, token());
		callback(admin(), "code-" + team, start(admin()));

		String event = """
				{"token": "XXYYZZ", "team_id": "%s", "api_app_id": "A0KOLLEGAN",
				 "event": {"type": "app_uninstalled"}, "type": "event_callback",
				 "event_id": "Ev0UNINST", "event_time": 1234567890}""".formatted(team);
		assertThat(deliverEvent(event).statusCode()).isEqualTo(200);

		assertThat(stored(team)).isZero();
		assertThat(this.installations.tenantOf(ChatPlatformKind.SLACK, team)).contains(tenant("demo-a"));
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'chat.workspace.revoked'"
					+ " AND subject_id = :subject")
			.param("subject", "SLACK:" + team)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void slacksTokensRevokedEventForgetsOnlyKolleganBotsToken() {
		String team = team();
		slackGrants("code-" + team, team, token());
		callback(admin(), "code-" + team, start(admin()));
		String event = """
				{"token": "XXYYZZ", "team_id": "%s", "api_app_id": "A0KOLLEGAN",
				 "event": {"type": "tokens_revoked", "tokens": {"oauth": ["U0SOMEUSER"], "bot": ["%s"]}},
				 "type": "event_callback", "event_id": "Ev0TOKENS", "event_time": 1234567890}""";

		assertThat(deliverEvent(event.formatted(team, "U0OTHERBOT")).statusCode()).isEqualTo(200);
		assertThat(stored(team)).isOne();
		assertThat(deliverEvent(event.formatted(team, "U0KRQLJ9H")).statusCode()).isEqualTo(200);
		assertThat(stored(team)).isZero();
	}

	@Test
	void disconnectingRemovesTheWorkspaceAndRevokesItsToken() {
		String team = team();
		String token = token();
		slackGrants("code-" + team, team, token);
		slack.stubFor(post(urlPathEqualTo("/api/auth.revoke")).willReturn(okJson("{\"ok\": true, \"revoked\": true}")));
		callback(admin(), "code-" + team, start(admin()));

		assertThat(Api.as(this.port, "demo-b-admin")
			.method("DELETE", "/api/admin/integrations/slack/" + team)
			.statusCode()).isEqualTo(404);
		assertThat(stored(team)).isOne();

		assertThat(admin().method("DELETE", "/api/admin/integrations/slack/" + team).statusCode()).isEqualTo(204);

		assertThat(stored(team)).isZero();
		assertThat(this.installations.tenantOf(ChatPlatformKind.SLACK, team)).isEmpty();
		slack.verify(postRequestedFor(urlPathEqualTo("/api/auth.revoke")).withHeader("Authorization",
				equalTo("Bearer " + token)));
		assertThat(admin().method("DELETE", "/api/admin/integrations/slack/" + team).statusCode()).isEqualTo(404);
		assertBadRequestNaming(admin().method("DELETE", "/api/admin/integrations/slack/not-a-team"), "teamId");
	}

	/**
	 * A state as Kollegan signs it (the format of {@code SlackInstallState}, the key
	 * derived from the client secret), for a moment the test cannot wait for.
	 */
	static String signedState(TenantId tenantId, String subject, Instant expiresAt) {
		try {
			Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
			String admin = base64.encodeToString(Arrays
				.copyOf(MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8)), 18));
			String payload = String.join(".", "v1", tenantId.value().toString(), admin,
					Long.toString(expiresAt.getEpochSecond()),
					"expired-nonce-" + UUID.randomUUID().toString().substring(0, 8));
			byte[] key = HmacSha256.of(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8),
					"kollegan slack install state".getBytes(StandardCharsets.UTF_8));
			return payload + "."
					+ base64.encodeToString(HmacSha256.of(key, payload.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
