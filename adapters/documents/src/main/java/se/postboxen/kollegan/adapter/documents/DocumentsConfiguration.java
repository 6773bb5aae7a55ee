package se.postboxen.kollegan.adapter.documents;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

import se.postboxen.kollegan.document.DocumentExtractor;
import se.postboxen.kollegan.document.ExtractionLimits;

/**
 * Reads uploaded documents with Apache Tika, within the {@link ExtractionLimits} the
 * application configures ({@code kollegan.documents.*}).
 */
@AutoConfiguration
public class DocumentsConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnBean(ExtractionLimits.class)
	DocumentExtractor documentExtractor(ExtractionLimits limits) {
		return new TikaDocumentExtractor(limits);
	}

}
