package se.postboxen.kollegan.document;

import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * Writes the answer to a question about a document from the passages retrieval found for
 * it: a language model when one is configured. It is given the question and those
 * passages, numbered from 1, and nothing else of the document.
 */
public interface AnswerWriter {

	/** No writer: every question is answered with the passages alone. */
	AnswerWriter NONE = (tenantId, documentId, question, passages) -> Optional.empty();

	/**
	 * @return the answer, citing the passages it rests on; empty when none could be
	 * written (the model failed, refused, or cited no passage), and the passages answer
	 * alone
	 */
	Optional<WrittenAnswer> write(TenantId tenantId, DocumentId documentId, String question, List<Passage> passages);

}
