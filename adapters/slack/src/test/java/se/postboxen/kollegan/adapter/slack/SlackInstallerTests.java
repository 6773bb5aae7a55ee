package se.postboxen.kollegan.adapter.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import se.postboxen.kollegan.chat.ChatInstallStates;
import se.postboxen.kollegan.chat.WorkspaceCredentials;
import se.postboxen.kollegan.tenant.TenantId;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Slack's install flow with {@code oauth.v2.access} played by WireMock with Slack's
 * documented answers: the address the administrator is sent to, a state that is refused
 * when altered, late, someone else's or used before (with Slack never asked), and Slack's
 * refusals.
 */
class SlackInstallerTests {

	static final WireMockServer slack = new WireMockServer(options().dynamicPort());

	static {
		slack.start();
	}

	static final TenantId TENANT = TenantId.newId();

	static final String ADMIN = "astrid.ek@kommun-a.example";

	static final URI REDIRECT = URI.create("https://kollegan.kommun-a.se/api/admin/integrations/slack/callback");

	static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");

	final Set<String> used = new HashSet<>();

	final ChatInstallStates states = (tenantId, nonce, expiresAt) -> this.used.add(nonce);

	final SlackInstaller installer = new SlackInstaller(properties("client-secret-of-the-app"), REDIRECT, this.states,
			ObservationRegistry.NOOP);

	static SlackProperties properties(String clientSecret) {
		return new SlackProperties("signing", null, "1234567890.0987654321", clientSecret,
				URI.create(slack.baseUrl() + "/api/"), URI.create("https://hooks.slack.com/"), Duration.ofSeconds(2),
				URI.create("https://slack.com/oauth/v2/authorize"),
				List.of("commands", "chat:write", "users:read", "users:read.email"));
	}

	@AfterAll
	static void stop() {
		slack.stop();
	}

	@BeforeEach
	void reset() {
		slack.resetAll();
	}

	static String recorded(String name) throws IOException {
		return SlackChatTests.recorded(name);
	}

	static Map<String, String> query(URI uri) {
		Map<String, String> query = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return query;
	}

	String state() {
		return query(this.installer.authorizeUrl(TENANT, ADMIN, NOW)).get("state");
	}

	void slackAnswers(String recording) throws IOException {
		slack.stubFor(post(urlPathEqualTo("/api/oauth.v2.access")).willReturn(okJson(recorded(recording))));
	}

	SlackInstallException refused(Runnable install) {
		return assertThatExceptionOfType(SlackInstallException.class).isThrownBy(install::run).actual();
	}

	@Test
	void sendsTheAdministratorToSlackWithTheBotScopesOurAddressAndASignedState() {
		URI authorize = this.installer.authorizeUrl(TENANT, ADMIN, NOW);
		assertThat(authorize).hasScheme("https").hasHost("slack.com").hasPath("/oauth/v2/authorize");
		Map<String, String> query = query(authorize);
		assertThat(query).containsEntry("client_id", "1234567890.0987654321")
			.containsEntry("scope", "commands,chat:write,users:read,users:read.email")
			.containsEntry("redirect_uri", REDIRECT.toString());
		// The administrator is not named in the clear: the state passes through Slack.
		assertThat(query.get("state")).startsWith("v1." + TENANT.value() + ".").doesNotContain("astrid");
		assertThat(state()).isNotEqualTo(state());
	}

	@Test
	void exchangesTheCodeForTheWorkspacesBotToken() throws IOException {
		slackAnswers("oauth.v2.access.json");
		WorkspaceCredentials granted = this.installer.install(state(), "1234.5678.abcd", TENANT, ADMIN,
				NOW.plusSeconds(60));
		assertThat(granted.workspaceId()).isEqualTo("T9TK3CUKW");
		assertThat(granted.workspaceName()).isEqualTo("Slack Softball Team");
		assertThat(granted.botUserId()).isEqualTo("U0KRQLJ9H");
		assertThat(granted.botToken()).isEqualTo("xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy");
		assertThat(granted.scopes()).containsExactly("commands", "chat:write", "users:read", "users:read.email");
		String basic = Base64.getEncoder()
			.encodeToString("1234567890.0987654321:client-secret-of-the-app".getBytes(StandardCharsets.UTF_8));
		slack.verify(postRequestedFor(urlPathEqualTo("/api/oauth.v2.access"))
			.withHeader("Authorization", equalTo("Basic " + basic))
			.withRequestBody(containing("code=1234.5678.abcd"))
			.withRequestBody(containing(
					"redirect_uri=" + java.net.URLEncoder.encode(REDIRECT.toString(), StandardCharsets.UTF_8))));
	}

	@Test
	void aStateUsedOnceIsRefusedTheSecondTime() throws IOException {
		slackAnswers("oauth.v2.access.json");
		String state = state();
		this.installer.install(state, "1234.5678.abcd", TENANT, ADMIN, NOW);
		SlackInstallException replayed = refused(
				() -> this.installer.install(state, "1234.5678.abcd", TENANT, ADMIN, NOW));
		assertThat(replayed.field()).isEqualTo("state");
		assertThat(replayed.getMessage()).contains("redan använd").contains("already used");
		slack.verify(1, postRequestedFor(urlPathEqualTo("/api/oauth.v2.access")));
	}

	@Test
	void anAlteredStateIsRefusedBeforeSlackIsAsked() {
		String state = state();
		// Another tenant put in place of ours, or one character changed anywhere.
		String otherTenant = state.replace(TENANT.value().toString(), TenantId.newId().value().toString());
		char last = state.charAt(state.length() - 1);
		String otherSignature = state.substring(0, state.length() - 1) + ((last == 'A') ? 'B' : 'A');
		for (String altered : List.of(otherTenant, otherSignature, state.substring(0, state.length() - 3), "",
				"v1.x.y.z.w.v", "x".repeat(600))) {
			assertThat(refused(() -> this.installer.install(altered, "1234.5678.abcd", TENANT, ADMIN, NOW)).field())
				.isEqualTo("state");
		}
		assertThat(refused(() -> this.installer.install(null, "1234.5678.abcd", TENANT, ADMIN, NOW)).field())
			.isEqualTo("state");
		// Signed by another Kollegan (another client secret).
		String foreign = query(
				new SlackInstaller(properties("another-client-secret"), REDIRECT, this.states, ObservationRegistry.NOOP)
					.authorizeUrl(TENANT, ADMIN, NOW))
			.get("state");
		assertThat(refused(() -> this.installer.install(foreign, "1234.5678.abcd", TENANT, ADMIN, NOW)).field())
			.isEqualTo("state");
		assertThat(slack.getAllServeEvents()).isEmpty();
		assertThat(this.used).isEmpty();
	}

	@Test
	void aStateIsOnlyForTheTenantAndAdministratorWhoStartedIt() {
		String state = state();
		assertThat(refused(() -> this.installer.install(state, "1234.5678.abcd", TenantId.newId(), ADMIN, NOW))
			.getMessage()).contains("another sign-in");
		assertThat(refused(() -> this.installer.install(state, "1234.5678.abcd", TENANT, "erik.lund", NOW)).field())
			.isEqualTo("state");
		assertThat(slack.getAllServeEvents()).isEmpty();
	}

	@Test
	void aStateOlderThanTenMinutesIsRefused() {
		String state = state();
		assertThat(refused(() -> this.installer.install(state, "1234.5678.abcd", TENANT, ADMIN,
				NOW.plus(SlackInstaller.STATE_LIFETIME).plusSeconds(1)))
			.getMessage()).contains("gått ut").contains("expired");
		assertThat(slack.getAllServeEvents()).isEmpty();
	}

	@Test
	void aMissingOrMalformedCodeIsNamed() {
		assertThat(refused(() -> this.installer.install(state(), null, TENANT, ADMIN, NOW)).field()).isEqualTo("code");
		assertThat(refused(() -> this.installer.install(state(), "a code with spaces", TENANT, ADMIN, NOW)).field())
			.isEqualTo("code");
		assertThat(slack.getAllServeEvents()).isEmpty();
	}

	@Test
	void aCodeSlackRefusesIsNamed() throws IOException {
		slackAnswers("oauth.v2.access-invalid_code.json");
		SlackInstallException refused = refused(
				() -> this.installer.install(state(), "1234.5678.abcd", TENANT, ADMIN, NOW));
		assertThat(refused.kind()).isEqualTo(SlackInstallException.Kind.INVALID_REQUEST);
		assertThat(refused.field()).isEqualTo("code");
		assertThat(refused.getMessage()).contains("invalid_code");
	}

	@Test
	void slackRefusingKolleganItselfIsNotTheAdministratorsFault() throws IOException {
		slackAnswers("oauth.v2.access-bad_client_secret.json");
		SlackInstallException refused = refused(
				() -> this.installer.install(state(), "1234.5678.abcd", TENANT, ADMIN, NOW));
		assertThat(refused.kind()).isEqualTo(SlackInstallException.Kind.REFUSED);
		assertThat(refused.getMessage()).contains("bad_client_secret").doesNotContain("client-secret-of-the-app");
	}

	@Test
	void anOrganisationWideInstallWithoutAWorkspaceIsRefused() throws IOException {
		slack.stubFor(post(urlPathEqualTo("/api/oauth.v2.access")).willReturn(okJson(recorded("oauth.v2.access.json")
			.replace("\"team\": {\n        \"name\": \"Slack Softball Team\",\n        \"id\": \"T9TK3CUKW\"\n    }",
					"\"team\": null"))));
		assertThat(refused(() -> this.installer.install(state(), "1234.5678.abcd", TENANT, ADMIN, NOW)).kind())
			.isEqualTo(SlackInstallException.Kind.REFUSED);
	}

	@Test
	void aFailingSlackIsUnavailableNotTheCodesFault() {
		slack.stubFor(post(urlPathEqualTo("/api/oauth.v2.access")).willReturn(aResponse().withStatus(503)));
		assertThat(refused(() -> this.installer.install(state(), "1234.5678.abcd", TENANT, ADMIN, NOW)).kind())
			.isEqualTo(SlackInstallException.Kind.UNAVAILABLE);
	}

	@Test
	void revokesATokenAtSlackAndShrugsOffFailures() throws IOException {
		slack.stubFor(post(urlPathEqualTo("/api/auth.revoke")).willReturn(okJson(recorded("auth.revoke.json"))));
		this.installer.revoke("xoxb-1-2-revoked");
		slack.verify(postRequestedFor(urlPathEqualTo("/api/auth.revoke")).withHeader("Authorization",
				equalTo("Bearer xoxb-1-2-revoked")));
		slack.stubFor(post(urlPathEqualTo("/api/auth.revoke")).willReturn(aResponse().withStatus(500)));
		this.installer.revoke("xoxb-1-2-revoked");
	}

	/** The install asks for exactly the scopes the app's manifest declares. */
	@Test
	@SuppressWarnings("unchecked")
	void theDefaultScopesAreTheManifests() throws IOException {
		Map<String, Object> manifest;
		try (InputStream in = Files.newInputStream(Path.of("../../manifests/slack/manifest.yml"))) {
			manifest = new Yaml().load(in);
		}
		Map<String, Object> oauth = (Map<String, Object>) manifest.get("oauth_config");
		List<String> bot = (List<String>) ((Map<String, Object>) oauth.get("scopes")).get("bot");
		assertThat(SlackPropertiesTests.defaults().scopes()).containsExactlyElementsOf(bot);
		assertThat((List<String>) oauth.get("redirect_urls"))
			.containsExactly("https://{{HOST}}/api/admin/integrations/slack/callback");
	}

}
