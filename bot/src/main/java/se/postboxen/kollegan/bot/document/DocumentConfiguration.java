package se.postboxen.kollegan.bot.document;

import java.time.Clock;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.document.AnswerWriter;
import se.postboxen.kollegan.document.DocumentCopilot;
import se.postboxen.kollegan.document.DocumentExtractor;
import se.postboxen.kollegan.document.Documents;
import se.postboxen.kollegan.document.ExtractionLimits;
import se.postboxen.kollegan.module.TenantModules;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
class DocumentConfiguration {

	@Bean
	ExtractionLimits extractionLimits(DocumentProperties properties) {
		return properties.limits();
	}

	/**
	 * Questions are answered in words by the language model when one is configured
	 * ({@code kollegan.llm.base-url}), by passages alone otherwise; the legal checks
	 * follow the tenant's Juridik-Gunnar switch.
	 */
	@Bean
	DocumentCopilot documentCopilot(DocumentExtractor extractor, Documents documents, ExtractionLimits limits,
			ObjectProvider<AnswerWriter> writer, TenantModules modules, AuditLog auditLog, Clock clock) {
		return new DocumentCopilot(extractor, documents, limits, writer.getIfAvailable(() -> AnswerWriter.NONE),
				modules, auditLog, clock);
	}

	/**
	 * Uploads are the application's only multipart requests, so their limit is the
	 * multipart limit: a file up to the envelope over the upload limit is parsed (to disk
	 * past 1 MB) and then refused by the copilot with 413 naming the limit; a larger
	 * request is refused while it is read. Replaces Boot's default of 1 MB per file.
	 */
	@Bean
	MultipartConfigElement multipartConfigElement(DocumentProperties properties) {
		return new MultipartConfigElement("", properties.maxRequestBytes(), properties.maxRequestBytes(), 1024 * 1024);
	}

}
