package se.postboxen.kollegan.bot.dashboard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.document.Uploads;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents pages in a real browser (Debian's headless Chromium), as the demo
 * municipality's member Erik Lund uses them: he uploads a Word contract, reads its
 * findings with their passages, asks a question and removes the document. Every page
 * passes axe-core with no serious or critical violation at each width and is photographed
 * at each width.
 */
@KolleganIntegrationTest
class DocumentBrowserIntegrationTests {

	private static final String CONTRACT = """
			Avtal om drift av e-arkiv
			Detta avtal har slutits mellan Kommun A, org.nr 212000-1421 (nedan kallad ”Beställaren”) och Arkivbolaget AB, org.nr 556677-8899 (nedan kallad ”Leverantören”).
			Avtalet gäller från den 1 april 2026. Avtalet förlängs därefter automatiskt med ett år i sänder om det inte sägs upp med tre månaders uppsägningstid.
			Det fasta priset är 1 250 000 kronor per år exklusive moms.
			Leverantören ska leverera en driftsplan senast den 15 maj 2026.
			Leverantören bör erbjuda utbildning på plats.
			Vid försening utgår förseningsvite om 5 000 kr per påbörjad vecka.
			Leverantören kommer att behandla personuppgifter om kommunens invånare för Beställarens räkning.
			""";

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		chromium.close();
	}

	private WebDriver browser() {
		return chromium.driver();
	}

	private void waitForHeading(String heading) {
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
	}

	@Test
	void uploadsAWordContractReadsItsFindingsAsksAndRemovesIt() throws IOException {
		String fileName = "avtal-e-arkiv-" + UUID.randomUUID().toString().substring(0, 8) + ".docx";
		Path file = Files.createTempDirectory("kollegan-upload").resolve(fileName);
		Files.write(file, Uploads.docx(CONTRACT));
		SignedInBrowser signedIn = new SignedInBrowser(chromium, this.port);
		signedIn.signIn("erik.lund@kommun-a.example");

		browser().get(signedIn.url("/documents"));
		waitForHeading("Dokument");
		signedIn.assertAccessibleAtEveryWidth("documents");
		chromium.screenshotAtEveryWidth("documents");

		browser().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser().findElement(By.cssSelector("form.document-upload button[type=submit]")).click();

		waitForHeading(fileName);
		String page = browser().findElement(By.id("main")).getText();
		assertThat(page).contains("Dokumentet är läst.")
			.contains("Word (DOCX)")
			.contains("Automatisk förlängning")
			.contains("Vite eller avtalade skadestånd")
			.contains("Personuppgifter utan personuppgiftsbiträdesavtal")
			.contains("Arkivbolaget AB")
			.contains("556677-8899")
			.contains("1 250 000 SEK")
			.contains("15 maj 2026");
		assertThat(browser().findElement(By.id("risks")).getText())
			.contains("Avtalet förlängs därefter automatiskt med ett år i sänder");
		assertThat(browser().findElement(By.id("requirements-mandatory")).getText()).contains("ska")
			.contains("Leverantören ska leverera en driftsplan");
		assertThat(browser().findElement(By.id("requirements-desirable")).getText())
			.contains("Leverantören bör erbjuda utbildning på plats.");
		signedIn.assertAccessibleAtEveryWidth("document");
		chromium.screenshotAtEveryWidth("document");

		browser().findElement(By.id("question")).sendKeys("Hur lång är uppsägningstiden?");
		browser().findElement(By.id("question")).submit();
		chromium.waiting(SignedInBrowser.WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("answer"), "tre månaders uppsägningstid"));
		assertThat(browser().findElement(By.id("answer")).getText()).contains("inte ett skrivet svar");
		signedIn.assertAccessibleAtEveryWidth("document, answered");
		chromium.screenshotAtEveryWidth("document-answered");

		browser().findElement(By.cssSelector("form[action$='/delete'] button")).click();
		waitForHeading("Dokument");
		assertThat(browser().findElement(By.id("main")).getText()).contains("Dokumentet är borttaget.")
			.doesNotContain(fileName);
	}

	@Test
	void aFileOfAnotherTypeComesBackWithWhatIsWrongBesideTheField() throws IOException {
		Path file = Files.createTempDirectory("kollegan-upload").resolve("avtal.pdf");
		Files.writeString(file, "<html><body><p>Ingen PDF</p></body></html>");
		SignedInBrowser signedIn = new SignedInBrowser(chromium, this.port);
		signedIn.signIn("erik.lund@kommun-a.example");

		browser().get(signedIn.url("/documents"));
		waitForHeading("Dokument");
		browser().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser().findElement(By.cssSelector("form.document-upload button[type=submit]")).click();

		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("file-error")));
		assertThat(browser().findElement(By.id("file-error")).getText()).contains("text/html");
		assertThat(browser().findElement(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser().findElement(By.id("file")).getAttribute("aria-describedby")).contains("file-error");
		signedIn.assertAccessibleAtEveryWidth("documents, refused");
		chromium.screenshotAtEveryWidth("documents-refused");
	}

}
