package se.postboxen.kollegan.document;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * An uploaded document as Kollegan keeps it: its text and what was found in it, never the
 * file itself.
 *
 * @param fileName the name it was uploaded under, for people to recognise it (its type is
 * read from its bytes, never from this)
 * @param mediaType the type read from its bytes
 * @param pages how many pages a PDF has; {@code null} otherwise
 */
public record Document(DocumentId id, TenantId tenantId, String fileName, String mediaType, @Nullable Integer pages,
		Uploader uploader, Instant uploadedAt, String text, DocumentAnalysis analysis) {

	public static final int MAX_FILE_NAME_LENGTH = 200;

	public Document {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(uploader, "uploader");
		Objects.requireNonNull(uploadedAt, "uploadedAt");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(analysis, "analysis");
	}

	/**
	 * The name a browser or client sent, made safe to keep and show: without folders,
	 * control characters or more than {@value #MAX_FILE_NAME_LENGTH} characters;
	 * "dokument" when nothing is left.
	 */
	public static String fileName(@Nullable String sent) {
		String name = (sent != null) ? sent : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (name.length() > MAX_FILE_NAME_LENGTH) {
			name = name.substring(0, MAX_FILE_NAME_LENGTH).strip();
		}
		return name.isEmpty() ? "dokument" : name;
	}

}
