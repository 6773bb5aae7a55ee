package se.postboxen.kollegan.bot.legal;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages the Teams manifest names as {@code privacyUrl} and {@code termsOfUseUrl}:
 * read before installing, so open without signing in, in Swedish with English beside.
 */
@KolleganIntegrationTest
class LegalPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void thePrivacyStatementIsOpenToAnyoneAndNamesTheConsentLevels() {
		HttpResponse<String> page = new Browser(this.port).get("/privacy");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"sv\"")
			.contains("Bas")
			.contains("Plus")
			.contains("Juridik")
			.contains("<section lang=\"en\">");
	}

	@Test
	void theTermsOfUseAreOpenToAnyoneAndLinkThePrivacyStatement() {
		HttpResponse<String> page = new Browser(this.port).get("/terms");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Användarvillkor").contains("href=\"/privacy\"");
	}

}
