package se.postboxen.kollegan.document;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a document says, as plain text: all that is kept of an upload.
 *
 * @param mediaType the type read from the file's bytes, such as {@code application/pdf}
 * @param pages how many pages a PDF has; {@code null} for formats without fixed pages
 * @param text the text in reading order, paragraphs on lines of their own
 */
public record DocumentText(String mediaType, @Nullable Integer pages, String text) {

	public DocumentText {
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(text, "text");
	}

}
