package se.postboxen.kollegan.bot.dashboard;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator's page over HTTP, signed in through the real OpenID Connect flow: the
 * empty form, a linked result with each figure's rule, and a form with bad values sent
 * back with what is wrong beside each field.
 */
@KolleganIntegrationTest
class ProcurementPageIntegrationTests {

	@LocalServerPort
	int port;

	private Browser signedIn() {
		Browser browser = new Browser(this.port);
		assertThat(browser.signIn("erik.lund@kommun-a.example", "demo").statusCode()).isEqualTo(200);
		return browser;
	}

	/** The page groups thousands with a no-break space, as Swedish is written. */
	private static String text(HttpResponse<String> page) {
		return page.body().replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	private static String query(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static Map<String, String> form() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("buyerType", "STATE_AUTHORITY");
		form.put("contractType", "GOODS");
		form.put("value", "1 546 202");
		form.put("date", "2025-03-03");
		form.put("durationMonths", "24");
		form.put("procedure", "");
		form.put("electronicSubmission", "on");
		form.put("electronicNotice", "on");
		form.put("evaluationDays", "13");
		form.put("model", "LOWEST_PRICE");
		form.put("bidder1", "Leverantör A");
		form.put("price1", "1 000 000");
		form.put("bidder2", "Leverantör B");
		form.put("price2", "950000");
		return form;
	}

	@Test
	void showsTheEmptyFormWithLabelsForEveryField() {
		HttpResponse<String> page = signedIn().get("/procurement");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Upphandlingssimulator</h1>")
			.contains("<label for=\"value\">Uppskattat värde i kronor exklusive moms</label>")
			.contains("<label for=\"price6\">Pris 6 i kronor</label>")
			.doesNotContain("id=\"result\"");
	}

	@Test
	void showsALinkedResultWithTheRuleOfEachFigure() {
		HttpResponse<String> page = signedIn().get("/procurement?" + query(form()));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(text(page)).contains("Över EU:s tröskelvärde")
			.contains("1 546 202 kr")
			.contains("LOU 11 kap. 6 §")
			.contains("<caption>Minsta tidsfrister</caption>")
			.contains("Avtalsspärren löper ut")
			.contains("datetime=\"2025-04-25\"")
			.contains("LOU 20 kap. 1–2 §§")
			.contains("<caption>Anbuden i ordning enligt lägsta pris</caption>")
			.contains("Leverantör A måste sänka sitt pris med 50 000 kr (5,00 %) till 950 000 kr")
			.contains("href=\"https://www.upphandlingsmyndigheten.se/frageportalen/2904774/");
	}

	@Test
	void sendsBadValuesBackWithWhatIsWrongBesideEachField() {
		Map<String, String> form = form();
		form.put("value", "en miljon");
		form.put("durationMonths", "0");
		form.put("price2", "");

		HttpResponse<String> page = signedIn().get("/procurement?" + query(form));

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(text(page)).contains("role=\"alert\"")
			.contains("id=\"value-error\"")
			.contains("Ange ett belopp i kronor")
			.contains("id=\"durationMonths-error\"")
			.contains("Ange ett heltal från 1 till 600.")
			.contains("id=\"price2-error\"")
			.contains("value=\"en miljon\"")
			.contains("aria-describedby=\"value-hint value-error\"")
			.doesNotContain("id=\"result\"");
	}

}
