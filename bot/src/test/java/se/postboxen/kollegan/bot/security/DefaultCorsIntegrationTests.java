package se.postboxen.kollegan.bot.security;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** With the default (empty) allow-list, no browser origin may call the API. */
@KolleganIntegrationTest
class DefaultCorsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void noOriginIsAllowedByDefault() {
		for (String origin : List.of("https://evil.example", "https://teams.microsoft.com", "null")) {
			HttpResponse<String> preflight = Api.anonymous(this.port)
				.method("OPTIONS", "/api/agents/meetings", "Origin", origin, "Access-Control-Request-Method", "GET");
			HttpResponse<String> simple = Api.as(this.port, "demo-a-member")
				.get("/api/agents/meetings", "Origin", origin);

			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
			assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).as(origin).isEmpty();
		}
	}

}
