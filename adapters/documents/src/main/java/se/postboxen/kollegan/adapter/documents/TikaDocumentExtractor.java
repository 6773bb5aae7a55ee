package se.postboxen.kollegan.adapter.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.xml.sax.ContentHandler;

import se.postboxen.kollegan.document.DocumentExtractor;
import se.postboxen.kollegan.document.DocumentRefusedException;
import se.postboxen.kollegan.document.DocumentRefusedException.Reason;
import se.postboxen.kollegan.document.DocumentText;
import se.postboxen.kollegan.document.ExtractionLimits;

/**
 * Reads PDF, Word (DOCX) and plain text (Markdown is plain text) with Tika's parser for
 * each, chosen by the type Tika's detector reads from the bytes; the file's name is never
 * asked. Macro-enabled Word (DOCM) and every other type are refused by name. Nothing in a
 * file is run: POI reads a Word file's XML and never executes its macros, PDF actions and
 * embedded files are not followed, and there is no OCR.
 * <p>
 * Limits: the text handler stops at the character and page limits; POI's
 * {@link ZipSecureFile} refuses a Word part that unpacks to more than
 * {@link ExtractionLimits#maxExpansion()} times its packed size or to more than
 * {@link ExtractionLimits#maxPartBytes()} (a "zip bomb"); reading runs on a small pool of
 * its own and is given up after {@link ExtractionLimits#timeout()}, its thread stopping
 * at the next piece of text it reads.
 */
final class TikaDocumentExtractor implements DocumentExtractor, AutoCloseable {

	static final MediaType PDF = MediaType.application("pdf");

	static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");

	/** Two documents are read at once; more wait their turn within their time. */
	private static final int READERS = 2;

	private final ExtractionLimits limits;

	private final Detector detector;

	private final Map<MediaType, Parser> parsers = Map.of(PDF, new PDFParser(), DOCX, new OOXMLParser(),
			MediaType.TEXT_PLAIN, new TXTParser());

	private final ExecutorService readers;

	TikaDocumentExtractor(ExtractionLimits limits) {
		this.limits = limits;
		this.detector = TikaConfig.getDefaultConfig().getDetector();
		// POI's guards are process-wide; this is the only reader of Word files.
		ZipSecureFile.setMinInflateRatio(1.0 / limits.maxExpansion());
		ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
		this.readers = Executors.newFixedThreadPool(READERS, new Readers());
	}

	@Override
	public DocumentText extract(byte[] content) {
		MediaType type = detect(content);
		Parser parser = this.parsers.get(type);
		if (parser == null) {
			throw DocumentRefusedException.unsupported(type.toString());
		}
		Instant deadline = Instant.now().plus(this.limits.timeout());
		Future<DocumentText> reading = this.readers.submit(() -> read(content, type, parser, deadline));
		try {
			return reading.get(this.limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			reading.cancel(true);
			throw DocumentRefusedException.overLimit(Reason.TIMED_OUT, this.limits.timeout().toSeconds());
		}
		catch (ExecutionException ex) {
			throw refusal(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			reading.cancel(true);
			throw DocumentRefusedException.unreadable(ex);
		}
	}

	/**
	 * The type the bytes say, without parameters: {@code text/plain}, not its charset.
	 */
	MediaType detect(byte[] content) {
		try (InputStream stream = TikaInputStream.get(content)) {
			return this.detector.detect(stream, new Metadata()).getBaseType();
		}
		catch (IOException ex) {
			throw DocumentRefusedException.unreadable(ex);
		}
	}

	private DocumentText read(byte[] content, MediaType type, Parser parser, Instant deadline) throws Exception {
		TextHandler text = new TextHandler(this.limits.maxCharacters(), this.limits.maxPages(), deadline,
				this.limits.timeout());
		Metadata metadata = new Metadata();
		try (InputStream stream = TikaInputStream.get(content)) {
			parser.parse(stream, text, metadata, context());
		}
		// The streaming Word reader notes a part it could not read and goes on without
		// it.
		for (String warning : metadata.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_WARNING)) {
			if (isZipBomb(warning)) {
				throw DocumentRefusedException.overLimit(Reason.EXPANDS_TOO_MUCH, this.limits.maxExpansion());
			}
		}
		return new DocumentText(type.toString(), type.equals(PDF) ? text.pages() : null, text.text());
	}

	/** Only the document's own text: no OCR, images, actions or embedded files. */
	private static ParseContext context() {
		ParseContext context = new ParseContext();
		PDFParserConfig pdf = new PDFParserConfig();
		pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
		pdf.setExtractInlineImages(false);
		pdf.setExtractActions(false);
		context.set(PDFParserConfig.class, pdf);
		OfficeParserConfig office = new OfficeParserConfig();
		office.setExtractMacros(false);
		office.setIncludeDeletedContent(false);
		office.setIncludeMoveFromContent(false);
		// Streams the document's XML instead of building it in memory.
		office.setUseSAXDocxExtractor(true);
		context.set(OfficeParserConfig.class, office);
		context.set(EmbeddedDocumentExtractor.class, new NoEmbeddedDocuments());
		return context;
	}

	/** What a failed read means for the person who uploaded the file. */
	private DocumentRefusedException refusal(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DocumentRefusedException refused) {
				return refused;
			}
			if (cause instanceof TextHandler.LimitReached limit) {
				return limit.refusal();
			}
			if (isZipBomb(String.valueOf(cause.getMessage()))) {
				return DocumentRefusedException.overLimit(Reason.EXPANDS_TOO_MUCH, this.limits.maxExpansion());
			}
		}
		return DocumentRefusedException.unreadable(failure);
	}

	/** How POI says a part unpacks to more than its limits allow. */
	private static boolean isZipBomb(String message) {
		return message.toLowerCase(Locale.ROOT).contains("zip bomb");
	}

	@Override
	public void close() {
		this.readers.shutdownNow();
	}

	/** Embedded files (an attachment in a PDF, an object in a Word file) are not read. */
	private static final class NoEmbeddedDocuments implements EmbeddedDocumentExtractor {

		@Override
		public boolean shouldParseEmbedded(Metadata metadata) {
			return false;
		}

		@Override
		public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
		}

	}

	/** Daemon threads, named so that a stuck read can be recognised in a thread dump. */
	private static final class Readers implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable reading) {
			Thread thread = new Thread(reading, "document-reader-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
