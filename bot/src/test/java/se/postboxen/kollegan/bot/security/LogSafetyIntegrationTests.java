package se.postboxen.kollegan.bot.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reaches the logs during authenticated requests, rejected tokens, a wrong client
 * secret and meeting content: none of the tokens, secrets, Authorization values or
 * meeting text.
 */
@KolleganIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogSafetyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JWKSource<SecurityContext> providerKeys;

	@Test
	void noTokenSecretOrAuthorizationValueReachesTheLog(CapturedOutput output) throws Exception {
		Api member = Api.signIn(this.port, "demo-a-member");
		String goodToken = member.token();
		String expired = new TestTokens(this.providerKeys).signed(claims -> claims
			.expirationTime(java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofHours(1)))));
		String wrongSecret = "Fel-Hemlighet-4711";
		String meetingText = "Konfidentiell överläggning om personalärende";

		member.get("/api/me");
		member.postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", meetingText, "joinUrl", "https://kommun-a.zoom.us/j/7", "startsAt",
						"2032-01-10T10:00:00+01:00", "endsAt", "2032-01-10T11:00:00+01:00")));
		Api.withToken(this.port, expired).get("/api/me");
		Api.withToken(this.port, "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").get("/api/me");
		Api.anonymous(this.port).tokenRequest("demo-a-admin", wrongSecret);
		// A careless log line, as a library might write one: the redaction layer must
		// catch it.
		LoggerFactory.getLogger("se.postboxen.kollegan.test")
			.warn("Calling upstream with Authorization: Bearer {}", goodToken);

		String logs = output.getOut() + output.getErr();
		assertThat(logs).contains("GET /api/me -> 200").contains("[REDACTED]");
		for (String secret : List.of(goodToken, expired, goodToken.substring(0, 40), wrongSecret, meetingText,
				"Bearer eyJ")) {
			assertThat(logs).doesNotContain(secret);
		}
		assertThat(logs).doesNotContainPattern("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");
	}

	@Test
	void errorBodiesCarryNoTokenEither() throws Exception {
		String expired = new TestTokens(this.providerKeys).signed(claims -> claims
			.expirationTime(java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofHours(1)))));

		HttpResponse<String> response = Api.withToken(this.port, expired).get("/api/me");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain(expired).doesNotContain("eyJ");
		assertThat(response.headers().allValues("WWW-Authenticate").toString()).doesNotContain("eyJ");
	}

}
