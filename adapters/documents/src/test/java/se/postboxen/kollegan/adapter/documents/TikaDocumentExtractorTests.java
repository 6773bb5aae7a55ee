package se.postboxen.kollegan.adapter.documents;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.document.DocumentRefusedException;
import se.postboxen.kollegan.document.DocumentRefusedException.Reason;
import se.postboxen.kollegan.document.DocumentText;
import se.postboxen.kollegan.document.ExtractionLimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Real files, made in the tests, read by Tika: the accepted types, the type told by the
 * bytes and not the name, and every limit refusing what passes it.
 */
class TikaDocumentExtractorTests {

	static final ExtractionLimits LIMITS = new ExtractionLimits(20_000_000, 3, 10_000, Duration.ofSeconds(30), 100,
			50_000_000);

	private TikaDocumentExtractor extractor = new TikaDocumentExtractor(LIMITS);

	@AfterEach
	void stop() {
		this.extractor.close();
	}

	@Test
	void readsAPdfPageByPage() {
		DocumentText text = this.extractor.extract(TestFiles
			.pdf(List.of("Leverantören ska leverera senast den 15 maj 2026.", "Priset är 1 250 000 kronor per år.")));

		assertThat(text.mediaType()).isEqualTo("application/pdf");
		assertThat(text.pages()).isEqualTo(2);
		assertThat(text.text()).contains("Leverantören ska leverera senast den 15 maj 2026.")
			.contains("Priset är 1 250 000 kronor per år.");
		assertThat(text.text().indexOf("Leverantören")).isLessThan(text.text().indexOf("Priset"));
	}

	@Test
	void readsAWordDocumentParagraphByParagraph() {
		DocumentText text = this.extractor.extract(
				TestFiles.docx(List.of("Avtal om drift av e-arkiv", "Leverantören bör erbjuda utbildning på plats.")));

		assertThat(text.mediaType()).isEqualTo(TikaDocumentExtractor.DOCX.toString());
		assertThat(text.pages()).isNull();
		assertThat(text.text().lines()).containsSubsequence("Avtal om drift av e-arkiv",
				"Leverantören bör erbjuda utbildning på plats.");
	}

	@Test
	void readsMarkdownAndPlainTextAsText() {
		DocumentText text = this.extractor
			.extract("# Avtal\n\nBeställaren **ska** betala inom 30 dagar.\n".getBytes(StandardCharsets.UTF_8));

		assertThat(text.mediaType()).isEqualTo("text/plain");
		assertThat(text.text()).contains("Beställaren **ska** betala inom 30 dagar.");
	}

	@Test
	void tellsTheTypeFromTheBytesNotTheName() {
		// What a client calls "avtal.pdf" is only ever passed as bytes: a text file is
		// text.
		byte[] namedPdf = "Detta är en textfil som heter avtal.pdf.".getBytes(StandardCharsets.UTF_8);

		assertThat(this.extractor.detect(namedPdf).toString()).isEqualTo("text/plain");
		assertThat(this.extractor.extract(namedPdf).mediaType()).isEqualTo("text/plain");
		assertThat(this.extractor.detect(TestFiles.pdf(List.of("x"))).toString()).isEqualTo("application/pdf");
	}

	@Test
	void refusesMacroEnabledWordByItsType() {
		refused(TestFiles.docm(), refusal -> {
			assertThat(refusal.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
			assertThat(refusal.detectedType()).isEqualTo("application/vnd.ms-word.document.macroenabled.12");
		});
	}

	@Test
	void refusesOtherTypesNamingWhatTheyAre() {
		refused("<html><body><p>Hej</p></body></html>".getBytes(StandardCharsets.UTF_8),
				refusal -> assertThat(refusal.detectedType()).isEqualTo("text/html"));
		refused(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 },
				refusal -> assertThat(refusal.detectedType()).isEqualTo("image/png"));
	}

	@Test
	void refusesAZipBombBeforeUnpackingIt() {
		byte[] bomb = TestFiles.zipBomb(200_000_000L);
		assertThat(bomb.length).as("packed").isLessThan(1_000_000);

		refused(bomb, refusal -> assertThat(refusal.reason()).isEqualTo(Reason.EXPANDS_TOO_MUCH));
	}

	@Test
	void refusesAPdfOverThePageLimit() {
		refused(TestFiles.pdf(List.of("Sida ett.", "Sida två.", "Sida tre.", "Sida fyra.")), refusal -> {
			assertThat(refusal.reason()).isEqualTo(Reason.TOO_MANY_PAGES);
			assertThat(refusal.limit()).isEqualTo(3);
		});
	}

	@Test
	void refusesMoreTextThanTheWriteLimit() {
		refused("Leverantören ska leverera. ".repeat(500).getBytes(StandardCharsets.UTF_8), refusal -> {
			assertThat(refusal.reason()).isEqualTo(Reason.TOO_MUCH_TEXT);
			assertThat(refusal.limit()).isEqualTo(10_000);
		});
	}

	@Test
	void refusesADamagedPdfAsUnreadable() {
		refused("%PDF-1.7\n1 0 obj << /Type /Catalog >> trasig".getBytes(StandardCharsets.ISO_8859_1),
				refusal -> assertThat(refusal.reason()).isEqualTo(Reason.UNREADABLE));
	}

	@Test
	void givesUpAReadThatTakesTooLong() {
		this.extractor.close();
		this.extractor = new TikaDocumentExtractor(
				new ExtractionLimits(20_000_000, 3, 10_000, Duration.ofMillis(1), 100, 50_000_000));

		refused(TestFiles.pdf(List.of("Sida ett.", "Sida två.")),
				refusal -> assertThat(refusal.reason()).isEqualTo(Reason.TIMED_OUT));
	}

	private void refused(byte[] content, Consumer<DocumentRefusedException> check) {
		assertThatExceptionOfType(DocumentRefusedException.class).isThrownBy(() -> this.extractor.extract(content))
			.satisfies(check::accept);
	}

}
