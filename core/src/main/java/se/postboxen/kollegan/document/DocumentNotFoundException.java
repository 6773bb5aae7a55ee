package se.postboxen.kollegan.document;

/**
 * No such document, or one the caller may not see: the two answer alike, so that ids
 * cannot be probed.
 */
public class DocumentNotFoundException extends RuntimeException {

	public DocumentNotFoundException() {
		super("No such document");
	}

}
