package se.postboxen.kollegan.bot.dashboard;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.postboxen.kollegan.bot.module.RequiresModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.bot.document.DocumentProperties;
import se.postboxen.kollegan.bot.document.VisibleDocuments;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.document.Answer;
import se.postboxen.kollegan.document.Document;
import se.postboxen.kollegan.document.DocumentCopilot;
import se.postboxen.kollegan.document.DocumentId;
import se.postboxen.kollegan.document.DocumentNotFoundException;
import se.postboxen.kollegan.document.DocumentRefusedException;
import se.postboxen.kollegan.document.Requirement;
import se.postboxen.kollegan.tenant.Role;

/**
 * The document copilot's pages, through the same rules as its API
 * ({@link VisibleDocuments}): the list with the upload form, and a document's findings,
 * each with its passage, with the question form and its answer. A refused upload or an
 * empty question comes back with what is wrong beside the field. One controller for the
 * whole surface, so that one annotation can gate it.
 */
@Controller
@RequiresModule(Module.DOC_COPILOT)
class DocumentPageController {

	private final VisibleDocuments documents;

	private final CurrentUser currentUser;

	private final CurrentTenant currentTenant;

	private final DocumentProperties properties;

	DocumentPageController(VisibleDocuments documents, CurrentUser currentUser, CurrentTenant currentTenant,
			DocumentProperties properties) {
		this.documents = documents;
		this.currentUser = currentUser;
		this.currentTenant = currentTenant;
		this.properties = properties;
	}

	@GetMapping("/documents")
	ModelAndView list() {
		KolleganUser user = this.currentUser.get();
		ModelAndView page = new ModelAndView("documents");
		page.addObject("documents", this.documents.list());
		page.addObject("seesAll", user.has(Role.ADMIN) || user.has(Role.AUDITOR));
		page.addObject("mayUpload", mayUpload(user));
		page.addObject("maxMegabytes", this.properties.maxUploadSize().toMegabytes());
		page.addObject("maxPages", this.properties.maxPages());
		page.addObject("zone", this.currentTenant.get().timeZone());
		return page;
	}

	@PostMapping("/documents")
	ModelAndView upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		if (!mayUpload(this.currentUser.get())) {
			throw new AccessDeniedException("auditors read documents, they do not upload them");
		}
		if (file == null || file.isEmpty()) {
			return refused(HttpStatus.BAD_REQUEST, InvalidField.of("documents.file.missing"));
		}
		try {
			Document document = this.documents.upload(String.valueOf(file.getOriginalFilename()), file.getBytes());
			redirect.addFlashAttribute(MeetingPageController.NOTICE, "documents.uploaded");
			redirect.addFlashAttribute(MeetingPageController.NOTICE_IS_ERROR, false);
			return new ModelAndView("redirect:/documents/" + document.id());
		}
		catch (DocumentRefusedException ex) {
			return refused(status(ex), refusal(ex));
		}
	}

	@GetMapping("/documents/{id}")
	ModelAndView document(@PathVariable UUID id) {
		return documentPage(this.documents.get(new DocumentId(id)));
	}

	@PostMapping("/documents/{id}/questions")
	ModelAndView ask(@PathVariable UUID id,
			@RequestParam(name = "question", required = false) @Nullable String question) {
		Document document = this.documents.get(new DocumentId(id));
		ModelAndView page = documentPage(document);
		page.addObject("question", (question != null) ? question : "");
		InvalidField invalid = null;
		if (question == null || question.isBlank()) {
			invalid = InvalidField.of("documents.question.missing");
		}
		else if (question.length() > DocumentCopilot.MAX_QUESTION_LENGTH) {
			invalid = InvalidField.of("documents.question.tooLong", DocumentCopilot.MAX_QUESTION_LENGTH);
		}
		else {
			try {
				Answer answer = this.documents.ask(document.id(), question);
				page.addObject("answer", answer);
				return page;
			}
			catch (IllegalArgumentException ex) {
				invalid = InvalidField.of("documents.question.control");
			}
		}
		page.addObject("invalid", Map.of("question", invalid));
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	@PostMapping("/documents/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		this.documents.delete(new DocumentId(id));
		redirect.addFlashAttribute(MeetingPageController.NOTICE, "documents.deleted");
		redirect.addFlashAttribute(MeetingPageController.NOTICE_IS_ERROR, false);
		return "redirect:/documents";
	}

	/** Not found, exactly like a document that was never uploaded. */
	@ExceptionHandler(DocumentNotFoundException.class)
	ModelAndView notFound(DocumentNotFoundException ex) {
		return PageErrors.page(HttpStatus.NOT_FOUND);
	}

	private ModelAndView documentPage(Document document) {
		ModelAndView page = new ModelAndView("document");
		page.addObject("document", document);
		page.addObject("analysis", document.analysis());
		Map<Requirement.Level, List<Requirement>> requirements = new EnumMap<>(Requirement.Level.class);
		for (Requirement.Level level : Requirement.Level.values()) {
			requirements.put(level, document.analysis().requirements(level));
		}
		page.addObject("requirements", requirements);
		page.addObject("mayDelete", this.documents.mayDelete(document));
		page.addObject("zone", this.currentTenant.get().timeZone());
		page.addObject("maxQuestionLength", DocumentCopilot.MAX_QUESTION_LENGTH);
		// Juridik-Gunnar's checks: read only for a tenant with the module, as in the API.
		page.addObject("legalChecks", this.documents.legalChecks(document).orElse(null));
		return page;
	}

	private ModelAndView refused(HttpStatus status, InvalidField field) {
		ModelAndView page = list();
		page.addObject("invalid", Map.of("file", field));
		page.setStatus(status);
		return page;
	}

	private static boolean mayUpload(KolleganUser user) {
		return user.has(Role.ADMIN) || user.has(Role.MEMBER);
	}

	/** The same statuses as the API: 415 for the type, 413 for a limit, 400 otherwise. */
	private static HttpStatus status(DocumentRefusedException refused) {
		return switch (refused.reason()) {
			case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case TOO_LARGE, TOO_MANY_PAGES, TOO_MUCH_TEXT, EXPANDS_TOO_MUCH, TIMED_OUT -> HttpStatus.CONTENT_TOO_LARGE;
			case UNREADABLE, NO_TEXT -> HttpStatus.BAD_REQUEST;
		};
	}

	private static InvalidField refusal(DocumentRefusedException refused) {
		String key = "documents.refused." + refused.reason();
		return switch (refused.reason()) {
			case UNSUPPORTED_TYPE -> InvalidField.of(key, String.valueOf(refused.detectedType()));
			case TOO_LARGE -> InvalidField.of(key, Math.max(1, refused.limit() / (1024 * 1024)));
			default -> InvalidField.of(key, refused.limit());
		};
	}

}
