package se.postboxen.kollegan.bot.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

import se.postboxen.kollegan.bot.Api;

/**
 * Documents sent as a client sends them: {@code multipart/form-data} with the file in the
 * field {@code file}; and Word files made with POI.
 */
public final class Uploads {

	private Uploads() {
	}

	/** {@code POST /api/documents} with one file part. */
	public static HttpResponse<String> upload(Api api, String fileName, byte[] content) {
		return multipart(api, "file", fileName, content);
	}

	/** A multipart request with one part of the given field name. */
	static HttpResponse<String> multipart(Api api, String field, String fileName, byte[] content) {
		String boundary = "kollegan-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return api.post("/api/documents", "multipart/form-data; boundary=" + boundary,
				BodyPublishers.ofByteArray(body.toByteArray()));
	}

	/** A Word document (DOCX) with one paragraph per line of the text. */
	public static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			for (String line : List.of(text.split("\n"))) {
				document.createParagraph().createRun().setText(line);
			}
			document.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
