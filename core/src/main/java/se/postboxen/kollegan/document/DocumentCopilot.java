package se.postboxen.kollegan.document;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use cases of the document copilot: a document uploaded is read, analysed and kept (its
 * text and findings, not the file); a question about it is answered with its passages,
 * and in words by a language model when one is configured; Juridik-Gunnar checks it when
 * the tenant has that module; a document is deleted. Who may see or delete which document
 * is the caller's rule to apply before; uploads and deletions are audited by id and type,
 * never by name or content.
 */
public final class DocumentCopilot {

	public static final int MAX_QUESTION_LENGTH = 500;

	/** How many passages answer a question when nothing is written from them. */
	static final int PASSAGES_PER_ANSWER = 3;

	/**
	 * How many passages a language model is given to write from: a few more than are
	 * worth reading alone, since the model reads them for the reader.
	 */
	static final int PASSAGES_TO_WRITE_FROM = 5;

	private final DocumentExtractor extractor;

	private final Documents documents;

	private final ExtractionLimits limits;

	private final AnswerWriter writer;

	private final TenantModules modules;

	private final AuditLog auditLog;

	private final Clock clock;

	/**
	 * @param writer writes answers from the passages found, {@link AnswerWriter#NONE}
	 * without a language model
	 */
	public DocumentCopilot(DocumentExtractor extractor, Documents documents, ExtractionLimits limits,
			AnswerWriter writer, TenantModules modules, AuditLog auditLog, Clock clock) {
		this.extractor = extractor;
		this.documents = documents;
		this.limits = limits;
		this.writer = writer;
		this.modules = modules;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Reads, analyses and keeps an uploaded document.
	 * @param fileName the name it was sent under, kept to show (see
	 * {@link Document#fileName})
	 * @throws DocumentRefusedException when it is too large, of a type not accepted, or
	 * unreadable
	 */
	public Document upload(TenantId tenantId, Uploader uploader, String fileName, byte[] content) {
		Objects.requireNonNull(content, "content");
		if (content.length > this.limits.maxBytes()) {
			throw DocumentRefusedException.overLimit(DocumentRefusedException.Reason.TOO_LARGE, this.limits.maxBytes());
		}
		DocumentText text = this.extractor.extract(content);
		if (text.text().isBlank()) {
			throw DocumentRefusedException.noText();
		}
		Document document = new Document(DocumentId.newId(), tenantId, Document.fileName(fileName), text.mediaType(),
				text.pages(), uploader, this.clock.instant(), text.text(), DocumentAnalysis.of(text.text()));
		this.documents.save(document);
		Map<String, String> details = new LinkedHashMap<>();
		details.put("mediaType", document.mediaType());
		details.put("characters", Integer.toString(document.text().length()));
		audit(document, Actor.user(uploader.subject()), "document.uploaded", details);
		return document;
	}

	/**
	 * The passages of the document that fit the question best and, when the writer can
	 * write one from them alone, an answer citing them; otherwise the best
	 * {@value #PASSAGES_PER_ANSWER} passages answer alone.
	 * @throws IllegalArgumentException for a blank question or one longer than
	 * {@value #MAX_QUESTION_LENGTH} characters
	 */
	public Answer ask(Document document, String question) {
		String asked = Text.required(question, "question", MAX_QUESTION_LENGTH);
		List<Passage> passages = PassageSearch.best(document.text(), asked, PASSAGES_TO_WRITE_FROM);
		// Nothing found is nothing to write from: the model is not paid to say so.
		Optional<WrittenAnswer> written = passages.isEmpty() ? Optional.empty()
				: this.writer.write(document.tenantId(), document.id(), asked, passages);
		return written.map(answer -> new Answer(asked, passages, answer))
			.orElseGet(
					() -> new Answer(asked, passages.subList(0, Math.min(passages.size(), PASSAGES_PER_ANSWER)), null));
	}

	/**
	 * Juridik-Gunnar's checks of the document, read from its text each time they are
	 * asked for, so that a document uploaded before the module was switched on is checked
	 * too.
	 * @return empty, and nothing read, when the tenant does not have the module
	 */
	public Optional<List<LegalCheck>> legalChecks(Document document) {
		if (!this.modules.isEnabled(document.tenantId(), Module.JURIDIK_GUNNAR)) {
			return Optional.empty();
		}
		return Optional.of(LegalCues.in(document.text(), Sentence.split(document.text())));
	}

	public void delete(Document document, Actor actor) {
		if (this.documents.delete(document.tenantId(), document.id())) {
			audit(document, actor, "document.deleted", Map.of("mediaType", document.mediaType()));
		}
	}

	private void audit(Document document, Actor actor, String action, Map<String, String> details) {
		this.auditLog.record(AuditEvent.of(document.tenantId(), this.clock.instant(), actor, action, "document",
				document.id().toString(), details));
	}

}
