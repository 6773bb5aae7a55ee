package se.postboxen.kollegan.document;

/**
 * Reads the text out of an uploaded file (PDF, Word, plain text or Markdown), within
 * {@link ExtractionLimits}. The type is told by the bytes, never by the file's name;
 * nothing in the file is run.
 */
public interface DocumentExtractor {

	/**
	 * @param content the file as uploaded
	 * @return its text
	 * @throws DocumentRefusedException when the type is not accepted, a limit is passed,
	 * or the file cannot be read
	 */
	DocumentText extract(byte[] content);

}
