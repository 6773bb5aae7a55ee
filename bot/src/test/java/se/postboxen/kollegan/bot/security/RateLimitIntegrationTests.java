package se.postboxen.kollegan.bot.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in caller over their limit (3 a minute in this context) gets 429. */
@TunedSecurityTest
class RateLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aBurstOverTheUserLimitGets429WithRetryAfter() {
		Api auditor = Api.as(this.port, "demo-b-auditor");
		for (int i = 0; i < 3; i++) {
			assertThat(auditor.get("/api/me").statusCode()).isEqualTo(200);
		}

		HttpResponse<String> over = auditor.get("/api/me");

		assertThat(over.statusCode()).isEqualTo(429);
		assertThat(over.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Api.json(over).get("type").asString())
			.isEqualTo("https://kollegan.postboxen.se/problems/too-many-requests");
		assertThat(over.headers().firstValue("Retry-After"))
			.hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
		assertThat(Api.as(this.port, "demo-b-member").get("/api/me").statusCode())
			.as("another user has a bucket of their own")
			.isEqualTo(200);
	}

}
