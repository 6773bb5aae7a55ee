package se.postboxen.kollegan.bot.security;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.Browser;

import static org.assertj.core.api.Assertions.assertThat;

@TunedSecurityTest
class CorsAndHeadersIntegrationTests {

	@LocalServerPort
	int port;

	private HttpResponse<String> preflight(String origin) {
		return Api.anonymous(this.port)
			.method("OPTIONS", "/api/agents/meetings", "Origin", origin, "Access-Control-Request-Method", "POST",
					"Access-Control-Request-Headers", "authorization,content-type");
	}

	@Test
	void aPreflightFromAnUnlistedOriginGetsNoAllowHeader() {
		HttpResponse<String> response = preflight("https://evil.example");

		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void aPreflightFromTheListedOriginIsAllowed() {
		HttpResponse<String> response = preflight(TunedSecurityTest.ALLOWED_ORIGIN);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
			.hasValue(TunedSecurityTest.ALLOWED_ORIGIN);
		assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying(methods -> assertThat(methods).contains("POST"));
	}

	@Test
	void everyKindOfPageMayBeFramedByTeamsAndOfficeOnly() {
		Browser browser = new Browser(this.port);
		for (HttpResponse<String> response : List.of(browser.get("/"), browser.get("/idp/login"),
				Api.anonymous(this.port).get("/api/agents/meetings"),
				Api.anonymous(this.port).get("/actuator/health"))) {
			String what = response.uri().getPath();

			assertThat(response.headers().firstValue("Content-Security-Policy")).as(what)
				.hasValueSatisfying(csp -> assertThat(csp)
					.contains("frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com")
					.contains("https://*.office.com")
					.contains("object-src 'none'")
					.doesNotContain("frame-ancestors *"));
			assertThat(response.headers().firstValue("X-Frame-Options")).as(what).isEmpty();
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(what)
				.hasValue("strict-origin-when-cross-origin");
		}
	}

}
