package se.postboxen.kollegan.bot.dashboard;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.postboxen.kollegan.bot.module.RequiresModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.security.KolleganUser;
import se.postboxen.kollegan.regwatch.InvalidRegwatchInputException;
import se.postboxen.kollegan.regwatch.RegwatchAdmin;
import se.postboxen.kollegan.regwatch.RegwatchItemId;
import se.postboxen.kollegan.regwatch.RegwatchNotFoundException;
import se.postboxen.kollegan.regwatch.RegwatchReading;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.RegwatchTopicId;
import se.postboxen.kollegan.regwatch.SourceDraft;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.tenant.Role;

/**
 * Regwatch's pages: the items found, by relevance and source, for everyone of the tenant;
 * the sources with how their last fetch went and the topics, read by auditors and kept by
 * administrators; and an item's history with what changed between versions. Every read
 * and change goes through the use cases the API uses. A form with a bad value comes back
 * with the value and what is wrong beside the field, and nothing is saved.
 */
@Controller
@RequiresModule(Module.REGWATCH)
class RegwatchPageController {

	/** The page's sections that take forms, as anchors. */
	static final List<String> SECTIONS = List.of("sources", "topics");

	/** The relevance filters offered: all, some, and what alerts by default. */
	static final List<Integer> RELEVANCE_FILTERS = List.of(0, 1, 25, 50, 75);

	private final RegwatchReading reading;

	private final RegwatchAdmin admin;

	private final CurrentUser currentUser;

	RegwatchPageController(RegwatchReading reading, RegwatchAdmin admin, CurrentUser currentUser) {
		this.reading = reading;
		this.admin = admin;
		this.currentUser = currentUser;
	}

	@GetMapping("/regwatch")
	ModelAndView regwatch(@RequestParam(required = false) @Nullable UUID source,
			@RequestParam(defaultValue = "0") int min) {
		return page(source, min);
	}

	/**
	 * A section's own address (where its forms post, and where the language switch leads
	 * from a form that came back) shows the page at that section.
	 */
	@GetMapping("/regwatch/{section}")
	String section(@PathVariable String section) {
		if (!SECTIONS.contains(section)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/regwatch#" + section;
	}

	@GetMapping("/regwatch/items/{id}")
	ModelAndView item(@PathVariable UUID id) {
		KolleganUser user = this.currentUser.get();
		RegwatchReading.History history = this.reading.history(user.tenantId(), new RegwatchItemId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ModelAndView page = new ModelAndView("regwatch-item");
		page.addObject("history", history);
		return page;
	}

	/** Adds a source or a topic. */
	@PostMapping("/regwatch/{section}")
	ModelAndView add(@PathVariable String section, @RequestParam Map<String, String> form, Locale locale,
			RedirectAttributes redirect) {
		KolleganUser user = administrator(this.currentUser.get());
		Actor actor = Actor.user(user.subject());
		try {
			switch (section) {
				case "sources" -> this.admin.addSource(user.tenantId(), draft(form), actor);
				case "topics" -> this.admin.addTopic(user.tenantId(), form.get("keyword"), actor);
				default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		catch (InvalidRegwatchInputException ex) {
			ModelAndView page = page(null, 0);
			page.addObject("invalid", invalid(section, ex, locale));
			page.addObject("input", form);
			page.addObject("invalidSection", section);
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		return done(redirect, section, section.equals("sources") ? "regwatch.source.added" : "regwatch.topic.added");
	}

	/**
	 * Acts on one source ({@code fetch} or {@code remove}) or removes one topic; one not
	 * of the caller's tenant is not found.
	 */
	@PostMapping("/regwatch/{section}/{id}")
	ModelAndView change(@PathVariable String section, @PathVariable UUID id, @RequestParam String action,
			RedirectAttributes redirect) {
		KolleganUser user = administrator(this.currentUser.get());
		Actor actor = Actor.user(user.subject());
		String notice;
		try {
			notice = switch (section + " " + action) {
				case "sources fetch" -> {
					this.admin.fetchNow(user.tenantId(), new RegwatchSourceId(id), actor);
					yield "regwatch.source.fetching";
				}
				case "sources remove" -> {
					this.admin.removeSource(user.tenantId(), new RegwatchSourceId(id), actor);
					yield "regwatch.source.removed";
				}
				case "topics remove" -> {
					this.admin.removeTopic(user.tenantId(), new RegwatchTopicId(id), actor);
					yield "regwatch.topic.removed";
				}
				default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			};
		}
		catch (RegwatchNotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return done(redirect, section, notice);
	}

	private ModelAndView page(@Nullable UUID source, int min) {
		KolleganUser user = this.currentUser.get();
		ModelAndView page = new ModelAndView("regwatch");
		boolean administrative = user.has(Role.ADMIN) || user.has(Role.AUDITOR);
		List<RegwatchReading.WatchedSource> sources = this.reading.sources(user.tenantId());
		Map<String, String> sourceNames = new LinkedHashMap<>();
		sources.forEach(watched -> sourceNames.put(watched.source().id().toString(), watched.source().name()));
		int relevance = Math.max(0, Math.min(min, 100));
		RegwatchSourceId sourceId = (source != null) ? new RegwatchSourceId(source) : null;
		page.addObject("items", this.reading.items(user.tenantId(), sourceId, relevance, RegwatchReading.MAX_ITEMS));
		page.addObject("sourceNames", sourceNames);
		page.addObject("filterSource", (source != null) ? source.toString() : "");
		page.addObject("filterMin", relevance);
		page.addObject("relevanceFilters", RELEVANCE_FILTERS);
		page.addObject("administrative", administrative);
		page.addObject("editable", user.has(Role.ADMIN));
		if (administrative) {
			page.addObject("sources", sources);
			page.addObject("topics", this.reading.topics(user.tenantId()));
			page.addObject("kinds", Arrays.asList(SourceKind.values()));
		}
		return page;
	}

	private static ModelAndView done(RedirectAttributes redirect, String section, String notice) {
		redirect.addFlashAttribute(MeetingPageController.NOTICE, notice);
		redirect.addFlashAttribute(MeetingPageController.NOTICE_IS_ERROR, false);
		redirect.addFlashAttribute(SettingsPageController.NOTICE_SECTION, section);
		return new ModelAndView("redirect:/regwatch#" + section);
	}

	private static KolleganUser administrator(KolleganUser user) {
		if (!user.has(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators keep regwatch's sources and topics");
		}
		return user;
	}

	private static SourceDraft draft(Map<String, String> form) {
		SourceKind kind = Arrays.stream(SourceKind.values())
			.filter(known -> known.name().equals(form.get("kind")))
			.findFirst()
			.orElse(null);
		return new SourceDraft(form.get("name"), kind, form.get("url"), form.get("selector"),
				form.containsKey("enabled"));
	}

	/**
	 * What is wrong, by the form's field ids. Core words each problem in Swedish and
	 * English ({@code "… / …"}); the page shows the reader's half.
	 */
	private static Map<String, InvalidField> invalid(String section, InvalidRegwatchInputException ex, Locale locale) {
		String prefix = section.equals("sources") ? "source-" : "topic-";
		Map<String, InvalidField> invalid = new LinkedHashMap<>();
		for (String field : List.of("name", "kind", "url", "selector", "keyword")) {
			String problem = ex.errors().get(field);
			if (problem != null) {
				invalid.put(prefix + field, InvalidField.of("regwatch.field.problem", inLanguage(problem, locale)));
			}
		}
		return invalid;
	}

	static String inLanguage(String bilingual, Locale locale) {
		int split = bilingual.indexOf(" / ");
		if (split < 0) {
			return bilingual;
		}
		return locale.getLanguage().equals("en") ? bilingual.substring(split + 3) : bilingual.substring(0, split);
	}

}
