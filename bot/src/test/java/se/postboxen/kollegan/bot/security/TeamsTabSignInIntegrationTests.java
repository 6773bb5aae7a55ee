package se.postboxen.kollegan.bot.security;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in inside Teams: the token Teams gives the tab (an Entra access token for our
 * app, keys from a stand-in for Entra's key set) becomes a dashboard session whose cookie
 * a cross-site frame can carry; every forgery and every token meant for something else is
 * refused alike, and the tab page never redirects off-site.
 */
@KolleganIntegrationTest
class TeamsTabSignInIntegrationTests {

	static final String APP_ID = "7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	static final String RESOURCE = "api://kollegan.kommun-a.example/" + APP_ID;

	static final WireMockServer entra = new WireMockServer(options().dynamicPort());

	static final RSAKey key = rsaKey("entra-key-1");

	static {
		entra.start();
		entra.stubFor(get(urlPathEqualTo("/common/discovery/v2.0/keys"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(new JWKSet(key.toPublicJWK()).toString())));
	}

	@DynamicPropertySource
	static void teamsTab(DynamicPropertyRegistry properties) {
		properties.add("kollegan.security.teams-tab.app-id", () -> APP_ID);
		properties.add("kollegan.security.teams-tab.resource", () -> RESOURCE);
		properties.add("kollegan.security.teams-tab.jwk-set-uri",
				() -> entra.baseUrl() + "/common/discovery/v2.0/keys");
	}

	@AfterAll
	static void stopEntra() {
		entra.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTeamsTokenForOurAppBecomesASessionACrossSiteFrameCanCarry() throws Exception {
		Page tab = openTab("/teams/tab");

		HttpResponse<String> signedIn = signIn(tab, sign(key, claims(UnaryOperator.identity())));

		assertThat(signedIn.statusCode()).isEqualTo(204);
		String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).startsWith("KOLLEGAN_SESSION=")
			.contains("SameSite=None")
			.contains("Partitioned")
			.contains("Secure")
			.contains("HttpOnly");
		String session = setCookie.substring(0, setCookie.indexOf(';'));
		assertThat(session).as("a new session id once signed in").isNotEqualTo(tab.cookie());
		HttpResponse<String> overview = Api.anonymous(this.port).get("/", "Cookie", session, "Accept", "text/html");
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(overview.body()).contains("Greta Tabsson").contains("Veckans möten");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'user.login' AND details->>'via' = 'teams-sso'"
					+ " AND subject_id = 'a1b2c3d4-0000-4000-8000-00000000tab1'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void everyTokenNotMeantForThisSignInIsRefusedAlike() throws Exception {
		String otherDirectory = UUID.randomUUID().toString();
		List<String> forged = List.of(
				// for another app
				sign(key, claims(c -> c.audience("api://elsewhere.example/" + UUID.randomUUID()))),
				// without the tab's scope
				sign(key, claims(c -> c.claim("scp", "User.Read"))),
				// expired beyond the allowed skew
				sign(key, claims(c -> c.expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1)))))),
				// a directory that is not a tenant here, issued by itself
				sign(key,
						claims(c -> c.claim("tid", otherDirectory)
							.issuer("https://login.microsoftonline.com/" + otherDirectory + "/v2.0"))),
				// a tenant's directory, but issued by another directory
				sign(key, claims(c -> c.issuer("https://login.microsoftonline.com/" + otherDirectory + "/v2.0"))),
				// signed by a stranger under Entra's key id
				sign(rsaKey(key.getKeyID()), claims(UnaryOperator.identity())),
				// no signature at all
				new PlainJWT(claims(UnaryOperator.identity())).serialize(),
				// HMAC keyed with the published public key
				hmacWithPublicKey(), "not a token");
		Page tab = openTab("/teams/tab");

		for (String token : forged) {
			HttpResponse<String> refused = signIn(tab, token);
			assertThat(refused.statusCode()).as(token).isEqualTo(401);
			assertThat(refused.headers().allValues("Set-Cookie")).as("no session for " + token)
				.noneMatch(cookie -> cookie.startsWith("KOLLEGAN_SESSION=") && !cookie.contains(tab.cookie()));
			assertThat(refused.body()).doesNotContain(token);
		}
		assertThat(Api.anonymous(this.port).get("/", "Cookie", tab.cookie(), "Accept", "text/html").statusCode())
			.as("still not signed in")
			.isEqualTo(302);
	}

	@Test
	void signingInWithoutThePagesCsrfTokenIsRefused() throws Exception {
		Page tab = openTab("/teams/tab");

		HttpResponse<String> refused = Api.anonymous(this.port)
			.post("/teams/sso", "application/x-www-form-urlencoded",
					BodyPublishers.ofString("token=" + sign(key, claims(UnaryOperator.identity()))), "Cookie",
					tab.cookie());

		assertThat(refused.statusCode()).isEqualTo(403);
	}

	@Test
	void theTabGoesOnlyToPagesOfThisSiteAndItsScriptsAreServed() {
		assertThat(openTab("/teams/tab?target=/meetings/42").target()).isEqualTo("/meetings/42");
		for (String elsewhere : List.of("//evil.example/", "https://evil.example/", "/\\evil.example",
				"javascript:alert(1)")) {
			assertThat(openTab("/teams/tab?target=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8)).target())
				.as(elsewhere)
				.isEqualTo("/");
		}
		Api anonymous = Api.anonymous(this.port);
		HttpResponse<String> teamsJs = anonymous.get("/vendor/teams-js/MicrosoftTeams.min.js");
		assertThat(teamsJs.statusCode()).isEqualTo(200);
		assertThat(teamsJs.body()).contains("getAuthToken");
		assertThat(anonymous.get("/js/teams-tab.js").statusCode()).isEqualTo(200);
		HttpResponse<String> configure = anonymous.get("/teams/configure", "Accept", "text/html");
		assertThat(configure.statusCode()).isEqualTo(200);
		assertThat(configure.body()).contains("/js/teams-configure.js");
		assertThat(configure.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'self' https://teams.microsoft.com"));
	}

	private JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
		Instant now = Instant.now();
		String directory = DemoTenant.A.directoryId();
		return change
			.apply(new JWTClaimsSet.Builder().issuer("https://login.microsoftonline.com/" + directory + "/v2.0")
				.audience(RESOURCE)
				.subject("teams-user")
				.claim("tid", directory)
				.claim("oid", "a1b2c3d4-0000-4000-8000-00000000tab1")
				.claim("scp", "access_as_user")
				.claim("roles", List.of("MEMBER"))
				.claim("name", "Greta Tabsson")
				.claim("preferred_username", "greta.tabsson@kommun-a.example")
				.issueTime(Date.from(now))
				.notBeforeTime(Date.from(now))
				.expirationTime(Date.from(now.plus(Duration.ofMinutes(60)))))
			.build();
	}

	private static RSAKey rsaKey(String keyId) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(keyId)
				.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(RSAKey signer, JWTClaimsSet claims) throws Exception {
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		jwt.sign(new RSASSASigner(signer));
		return jwt.serialize();
	}

	private String hmacWithPublicKey() throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(),
				claims(UnaryOperator.identity()));
		byte[] secret = key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
		jwt.sign(new MACSigner(java.util.Arrays.copyOf(secret, Math.max(secret.length, 32))));
		return jwt.serialize();
	}

	private Page openTab(String path) {
		HttpResponse<String> page = Api.anonymous(this.port).get(path, "Accept", "text/html");
		assertThat(page.statusCode()).isEqualTo(200);
		String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
		return new Page(setCookie.substring(0, setCookie.indexOf(';')), attribute(page.body(), "data-csrf"),
				attribute(page.body(), "data-csrf-header"), attribute(page.body(), "data-target"));
	}

	private HttpResponse<String> signIn(Page tab, String token) {
		return Api.anonymous(this.port)
			.post("/teams/sso", "application/x-www-form-urlencoded",
					BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)), "Cookie",
					tab.cookie(), tab.csrfHeader(), tab.csrf());
	}

	private static String attribute(String html, String name) {
		Matcher matcher = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(html);
		assertThat(matcher.find()).as(name).isTrue();
		return matcher.group(1).replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", "\"");
	}

	private record Page(String cookie, String csrf, String csrfHeader, String target) {

	}

}
