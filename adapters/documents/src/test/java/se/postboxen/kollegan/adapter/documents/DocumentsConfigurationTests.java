package se.postboxen.kollegan.adapter.documents;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import se.postboxen.kollegan.document.DocumentExtractor;
import se.postboxen.kollegan.document.ExtractionLimits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adapter reads documents within the limits the application gives it, and offers
 * nothing without them.
 */
class DocumentsConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DocumentsConfiguration.class));

	@Test
	void readsDocumentsWithinTheApplicationsLimits() {
		this.context.withBean(ExtractionLimits.class, () -> TikaDocumentExtractorTests.LIMITS).run(context -> {
			DocumentExtractor extractor = context.getBean(DocumentExtractor.class);
			assertThat(extractor.extract("Leverantören ska leverera.".getBytes(StandardCharsets.UTF_8)).text())
				.isEqualTo("Leverantören ska leverera.");
		});
	}

	@Test
	void offersNoExtractorWithoutLimits() {
		this.context.run(context -> assertThat(context).doesNotHaveBean(DocumentExtractor.class));
	}

}
