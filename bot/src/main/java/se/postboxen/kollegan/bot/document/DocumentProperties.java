package se.postboxen.kollegan.bot.document;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import se.postboxen.kollegan.document.ExtractionLimits;

/**
 * The document copilot's limits: how much of an upload Kollegan reads (see
 * docs/documents.md).
 *
 * @param maxUploadSize the largest file accepted; a larger one is refused with 413 before
 * it is read
 * @param maxPages the most pages a PDF may have
 * @param maxCharacters the most text a document may yield (a write limit: reading stops
 * there and the document is refused)
 * @param parseTimeout how long reading one document may take
 * @param maxExpansion how many times its packed size a part of a Word file may unpack to
 * (POI's minimum inflate ratio is its inverse); a "zip bomb" is refused
 * @param maxPartSize the largest a single unpacked part of a Word file may be
 * @param listSize the most documents a list shows, newest first
 */
@Validated
@ConfigurationProperties("kollegan.documents")
public record DocumentProperties(@NotNull @DefaultValue("20MB") DataSize maxUploadSize,
		@Min(1) @Max(10_000) @DefaultValue("500") int maxPages,
		@Min(1000) @Max(50_000_000) @DefaultValue("2000000") int maxCharacters,
		@NotNull @DefaultValue("60s") Duration parseTimeout, @Min(2) @Max(10_000) @DefaultValue("100") int maxExpansion,
		@NotNull @DefaultValue("100MB") DataSize maxPartSize, @Min(1) @Max(1000) @DefaultValue("200") int listSize) {

	/**
	 * Room for the multipart envelope around the file (boundaries, headers, CSRF token).
	 */
	static final long ENVELOPE_BYTES = 64 * 1024;

	ExtractionLimits limits() {
		return new ExtractionLimits(this.maxUploadSize.toBytes(), this.maxPages, this.maxCharacters, this.parseTimeout,
				this.maxExpansion, this.maxPartSize.toBytes());
	}

	/** The largest request body an upload may come in. */
	public long maxRequestBytes() {
		return this.maxUploadSize.toBytes() + ENVELOPE_BYTES;
	}

}
