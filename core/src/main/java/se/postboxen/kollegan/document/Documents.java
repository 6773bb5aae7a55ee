package se.postboxen.kollegan.document;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;

/** The tenant's documents: their text and what was found in them. */
public interface Documents {

	void save(Document document);

	Optional<Document> findById(TenantId tenantId, DocumentId id);

	/**
	 * The tenant's documents, newest first.
	 * @param uploadedBy only this person's (see {@link Uploader#isSame}); {@code null}
	 * for everyone's
	 * @param limit at most this many
	 */
	List<DocumentSummary> list(TenantId tenantId, @Nullable Uploader uploadedBy, int limit);

	/**
	 * @return whether there was such a document
	 */
	boolean delete(TenantId tenantId, DocumentId id);

}
