package se.postboxen.kollegan.adapter.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real files made in the tests: PDFs with PDFBox, Word documents with POI, and Word
 * packages put together by hand where POI would refuse to write them (macro-enabled, a
 * "zip bomb").
 */
final class TestFiles {

	private static final String WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private TestFiles() {
	}

	/** A PDF with one page per text, each written as one line. */
	static byte[] pdf(List<String> pages) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			for (String text : pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
					content.newLineAtOffset(50, 700);
					content.showText(text);
					content.endText();
				}
			}
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Word document (DOCX) with one paragraph per text. */
	static byte[] docx(List<String> paragraphs) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			for (String text : paragraphs) {
				document.createParagraph().createRun().setText(text);
			}
			document.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A macro-enabled Word document (DOCM) with a macro project, which is never run. */
	static byte[] docm() {
		return wordPackage("application/vnd.ms-word.document.macroEnabled.main+xml",
				out -> out.write(("<w:document xmlns:w=\"" + WORD_NAMESPACE
						+ "\"><w:body><w:p><w:r><w:t>Makron</w:t></w:r></w:p>" + "</w:body></w:document>")
					.getBytes(StandardCharsets.UTF_8)),
				true);
	}

	/**
	 * A DOCX of a few hundred kilobytes whose document part unpacks to
	 * {@code unpackedBytes}: one run of the same letter, which compresses a thousandfold.
	 */
	static byte[] zipBomb(long unpackedBytes) {
		return wordPackage("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", out -> {
			out.write(("<w:document xmlns:w=\"" + WORD_NAMESPACE + "\"><w:body><w:p><w:r><w:t>")
				.getBytes(StandardCharsets.UTF_8));
			byte[] letters = new byte[1 << 16];
			java.util.Arrays.fill(letters, (byte) 'a');
			for (long written = 0; written < unpackedBytes; written += letters.length) {
				out.write(letters);
			}
			out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
		}, false);
	}

	private interface Part {

		void write(OutputStream out) throws IOException;

	}

	private static byte[] wordPackage(String mainType, Part document, boolean macros) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
							+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
							+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
							+ (macros
									? "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
									: "")
							+ "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainType + "\"/></Types>");
			entry(zip, "_rels/.rels",
					"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
							+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
							+ "</Relationships>");
			if (macros) {
				entry(zip, "word/_rels/document.xml.rels",
						"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
								+ "<Relationship Id=\"rId1\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>"
								+ "</Relationships>");
				zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
				zip.write(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 });
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			document.write(zip);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
