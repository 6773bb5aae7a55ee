package se.postboxen.kollegan.bot.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets into the API: a genuine token does, and every forgery of the ones Microsoft's
 * validation rules exist for is refused with 401 and no work done.
 */
@KolleganIntegrationTest
class ApiAuthenticationIntegrationTests {

	private static final String MEETING = Api
		.toJson(Map.of("title", "Smygmöte", "joinUrl", "https://kommun-a.zoom.us/j/99", "startsAt",
				"2031-09-01T10:00:00+02:00", "endsAt", "2031-09-01T11:00:00+02:00"));

	@LocalServerPort
	int port;

	@Autowired
	JWKSource<SecurityContext> providerKeys;

	@Autowired
	JdbcClient jdbc;

	TestTokens tokens;

	@BeforeEach
	void tokens() throws Exception {
		this.tokens = new TestTokens(this.providerKeys);
	}

	@Test
	void withoutATokenTheApiAnswers401ProblemWithAChallenge() {
		HttpResponse<String> response = Api.anonymous(this.port).get("/api/agents/meetings");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
		assertThat(Api.json(response).get("type").asString())
			.isEqualTo("https://kollegan.postboxen.se/problems/unauthenticated");
	}

	@Test
	void aDemoClientsTokenFromTheTokenEndpointGetsIn() {
		HttpResponse<String> response = Api.as(this.port, "demo-a-member").get("/api/agents/meetings");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Api.json(Api.as(this.port, "demo-a-member").get("/api/me")).get("tenant").get("slug").asString())
			.isEqualTo("demo-a");
	}

	@Test
	void aTokenMadeWithTheProvidersKeyAndRightClaimsGetsIn() throws Exception {
		HttpResponse<String> response = Api.withToken(this.port, this.tokens.signed(claims -> claims)).get("/api/me");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Api.json(response).get("roles").get(0).asString()).isEqualTo("MEMBER");
	}

	@Test
	void theTokenEndpointRefusesAWrongClientSecret() {
		HttpResponse<String> response = Api.anonymous(this.port).tokenRequest("demo-a-admin", "gissning");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("access_token");
	}

	@Test
	void refusesEveryForgery() throws Exception {
		Instant now = Instant.now();
		Map<String, String> forgeries = Map.of("alg none", TestTokens.unsigned(TestTokens.memberOfDemoA().build()),
				"wrong audience", this.tokens.signed(claims -> claims.audience("api://someone-else")), "no audience",
				this.tokens.signed(claims -> claims.audience(List.of())), "wrong issuer",
				this.tokens.signed(claims -> claims.issuer("https://login.microsoftonline.com/evil/v2.0")), "expired",
				this.tokens.signed(claims -> claims.expirationTime(Date.from(now.minus(Duration.ofMinutes(6))))),
				"not yet valid",
				this.tokens.signed(claims -> claims.notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))),
				"signed by a stranger with the real key id", this.tokens.signedByStranger(claims -> claims),
				"HS256 with the public key", this.tokens.hmacWithPublicKey(), "garbage", "not.a.token");
		long meetingsBefore = meetings();
		long rejectionsBefore = auditedRejections();

		forgeries.forEach((name, token) -> {
			Api api = Api.withToken(this.port, token);
			for (HttpResponse<String> response : List.of(api.get("/api/agents/meetings"),
					api.postJson("/api/agents/meetings", MEETING))) {
				assertThat(response.statusCode()).as(name).isEqualTo(401);
				assertThat(response.headers().firstValue("Content-Type")).as(name).hasValue("application/problem+json");
				assertThat(response.body()).as(name).doesNotContain(token);
			}
		});

		assertThat(meetings()).as("nothing written").isEqualTo(meetingsBefore);
		assertThat(auditedRejections() - rejectionsBefore).isEqualTo(2L * forgeries.size());
	}

	@Test
	void aGenuineTokenFromAnUnknownDirectoryIsForbidden() throws Exception {
		String stranger = this.tokens.signed(claims -> claims.claim("tid", "11111111-2222-3333-4444-555555555555"));

		HttpResponse<String> response = Api.withToken(this.port, stranger).get("/api/agents/meetings");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Api.json(response).get("type").asString())
			.isEqualTo("https://kollegan.postboxen.se/problems/unknown-tenant");
	}

	@Test
	void aTokenWithoutAKnownRoleIsForbidden() throws Exception {
		String noRole = this.tokens.signed(claims -> claims.claim("roles", List.of("Guest")));

		HttpResponse<String> response = Api.withToken(this.port, noRole).get("/api/agents/meetings");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Api.json(response).get("type").asString())
			.isEqualTo("https://kollegan.postboxen.se/problems/forbidden");
	}

	private long meetings() {
		return this.jdbc.sql("SELECT count(*) FROM meeting").query(Long.class).single();
	}

	private long auditedRejections() {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'token.rejected' AND tenant_id IS NULL")
			.query(Long.class)
			.single();
	}

}
