package se.postboxen.kollegan.bot.document.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import se.postboxen.kollegan.bot.module.RequiresModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.bot.document.VisibleDocuments;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.document.Document;
import se.postboxen.kollegan.document.DocumentId;
import se.postboxen.kollegan.document.DocumentNotFoundException;
import se.postboxen.kollegan.document.DocumentRefusedException;

/**
 * The document copilot's API: upload a PDF, Word (DOCX), text or Markdown file
 * (multipart, field {@code file}) and get what was found in it; list, read and delete
 * documents; ask a question and get the passages that answer it, with the language
 * model's answer from them when one is configured; Juridik-Gunnar's legal checks when the
 * tenant has that module. Members see the documents they uploaded, administrators and
 * auditors all of their tenant's.
 */
@RestController
@RequiresModule(Module.DOC_COPILOT)
@RequestMapping(path = "/api/documents", produces = MediaType.APPLICATION_JSON_VALUE)
class DocumentController {

	private final VisibleDocuments documents;

	DocumentController(VisibleDocuments documents) {
		this.documents = documents;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentResponse> upload(@RequestParam("file") MultipartFile file) throws IOException {
		if (file.isEmpty()) {
			throw DocumentRefusedException.noText();
		}
		Document document = this.documents.upload(String.valueOf(file.getOriginalFilename()), file.getBytes());
		return ResponseEntity.created(URI.create("/api/documents/" + document.id()))
			.body(DocumentResponse.of(document, true, this.documents.legalChecks(document).orElse(null)));
	}

	@GetMapping
	List<DocumentResponse.Listed> list() {
		return DocumentResponse.Listed.of(this.documents.list());
	}

	@GetMapping("/{id}")
	DocumentResponse get(@PathVariable UUID id) {
		Document document = this.documents.get(new DocumentId(id));
		return DocumentResponse.of(document, this.documents.mayDelete(document),
				this.documents.legalChecks(document).orElse(null));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.documents.delete(new DocumentId(id));
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/{id}/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
	AnswerResponse ask(@PathVariable UUID id, @Valid @RequestBody QuestionRequest request) {
		return AnswerResponse.of(this.documents.ask(new DocumentId(id), request.question()));
	}

	@ExceptionHandler(DocumentRefusedException.class)
	ResponseEntity<ProblemDetail> refused(DocumentRefusedException ex) {
		ProblemDetail problem = DocumentRefusals.problem(ex);
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> noFile(MissingServletRequestPartException ex) {
		return ResponseEntity.badRequest()
			.body(Problems.invalid(List.of(new Problems.FieldError("file",
					"en fil krävs (multipart-fältet file) / a file is required (multipart field file)"))));
	}

	@ExceptionHandler(DocumentNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(DocumentNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND, "Dokumentet finns inte / No such document"));
	}

}
