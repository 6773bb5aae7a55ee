package se.postboxen.kollegan.bot.document;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.document.Answer;
import se.postboxen.kollegan.document.Document;
import se.postboxen.kollegan.document.DocumentCopilot;
import se.postboxen.kollegan.document.DocumentId;
import se.postboxen.kollegan.document.DocumentNotFoundException;
import se.postboxen.kollegan.document.DocumentSummary;
import se.postboxen.kollegan.document.Documents;
import se.postboxen.kollegan.document.LegalCheck;
import se.postboxen.kollegan.document.Uploader;
import se.postboxen.kollegan.tenant.Role;

/**
 * The one rule for which documents a caller may see and delete, for the API and the page
 * alike: administrators and auditors see all of their tenant's, members the ones they
 * uploaded; the uploader and administrators may delete one. A document the caller may not
 * see is not found, exactly like one that does not exist.
 */
@Component
public class VisibleDocuments {

	private final Documents documents;

	private final DocumentCopilot copilot;

	private final CurrentUser currentUser;

	private final DocumentProperties properties;

	VisibleDocuments(Documents documents, DocumentCopilot copilot, CurrentUser currentUser,
			DocumentProperties properties) {
		this.documents = documents;
		this.copilot = copilot;
		this.currentUser = currentUser;
		this.properties = properties;
	}

	/** The caller as the uploader of what they send. */
	public Uploader caller() {
		KolleganUser user = this.currentUser.get();
		return new Uploader(user.subject(), user.email(), user.name());
	}

	/**
	 * Reads, analyses and keeps a document for the caller's tenant.
	 * @throws se.postboxen.kollegan.document.DocumentRefusedException when it is not read
	 */
	public Document upload(String fileName, byte[] content) {
		return this.copilot.upload(this.currentUser.get().tenantId(), caller(), fileName, content);
	}

	/** Newest first: all of the tenant's for administrators and auditors. */
	public List<DocumentSummary> list() {
		KolleganUser user = this.currentUser.get();
		return this.documents.list(user.tenantId(), seesAll(user) ? null : caller(), this.properties.listSize());
	}

	/**
	 * @throws DocumentNotFoundException when there is no such document or the caller may
	 * not see it
	 */
	public Document get(DocumentId id) {
		KolleganUser user = this.currentUser.get();
		return this.documents.findById(user.tenantId(), id)
			.filter(document -> seesAll(user) || document.uploader().isSame(caller()))
			.orElseThrow(DocumentNotFoundException::new);
	}

	public Answer ask(DocumentId id, String question) {
		return this.copilot.ask(get(id), question);
	}

	/**
	 * Juridik-Gunnar's checks of a document the caller sees (through {@link #get});
	 * empty, and nothing read, when the tenant does not have the module.
	 */
	public Optional<List<LegalCheck>> legalChecks(Document document) {
		return this.copilot.legalChecks(document);
	}

	/** Whether the caller may delete the document: its uploader or an administrator. */
	public boolean mayDelete(Document document) {
		return this.currentUser.get().has(Role.ADMIN) || document.uploader().isSame(caller());
	}

	/**
	 * @throws DocumentNotFoundException when the caller may not see it
	 * @throws AccessDeniedException for an auditor, who sees every document but deletes
	 * none
	 */
	public void delete(DocumentId id) {
		Document document = get(id);
		if (!mayDelete(document)) {
			throw new AccessDeniedException("only the uploader or an administrator");
		}
		this.copilot.delete(document, Actor.user(this.currentUser.get().subject()));
	}

	private static boolean seesAll(KolleganUser user) {
		return user.has(Role.ADMIN) || user.has(Role.AUDITOR);
	}

}
