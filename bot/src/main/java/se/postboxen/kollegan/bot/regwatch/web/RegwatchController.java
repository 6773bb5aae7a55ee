package se.postboxen.kollegan.bot.regwatch.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.postboxen.kollegan.bot.module.RequiresModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.security.CurrentUser;
import se.postboxen.kollegan.bot.tenant.CurrentTenant;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.regwatch.InvalidRegwatchInputException;
import se.postboxen.kollegan.regwatch.RegwatchAdmin;
import se.postboxen.kollegan.regwatch.RegwatchItemId;
import se.postboxen.kollegan.regwatch.RegwatchNotFoundException;
import se.postboxen.kollegan.regwatch.RegwatchReading;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.RegwatchTopicId;
import se.postboxen.kollegan.regwatch.SourceDraft;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Regwatch of the caller's tenant: its sources with how their last fetch went, its topics
 * (administrators keep both; auditors read them), and the items found with their history
 * of versions and what changed between them (everyone of the tenant reads those). An id
 * of another tenant answers as one that does not exist.
 */
@RestController
@RequiresModule(Module.REGWATCH)
@RequestMapping(path = "/api/regwatch", produces = MediaType.APPLICATION_JSON_VALUE)
class RegwatchController {

	private final RegwatchAdmin admin;

	private final RegwatchReading reading;

	private final CurrentTenant currentTenant;

	private final CurrentUser currentUser;

	RegwatchController(RegwatchAdmin admin, RegwatchReading reading, CurrentTenant currentTenant,
			CurrentUser currentUser) {
		this.admin = admin;
		this.reading = reading;
		this.currentTenant = currentTenant;
		this.currentUser = currentUser;
	}

	@GetMapping("/sources")
	RegwatchResponses.Sources sources() {
		return new RegwatchResponses.Sources(
				this.reading.sources(tenant()).stream().map(RegwatchResponses.Source::of).toList());
	}

	/** Checked in full, then fetched at once when enabled. */
	@PostMapping(path = "/sources", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	RegwatchResponses.Source addSource(@RequestBody SourceRequest request) {
		return RegwatchResponses.Source.of(this.admin.addSource(tenant(), request.draft(), actor()), null);
	}

	@PutMapping(path = "/sources/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	RegwatchResponses.Source changeSource(@PathVariable UUID id, @RequestBody SourceRequest request) {
		return RegwatchResponses.Source
			.of(this.admin.changeSource(tenant(), new RegwatchSourceId(id), request.draft(), actor()), null);
	}

	/** Removes the source with everything found there. */
	@DeleteMapping("/sources/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeSource(@PathVariable UUID id) {
		this.admin.removeSource(tenant(), new RegwatchSourceId(id), actor());
	}

	/** Queues a fetch now; what it finds shows in the items shortly. */
	@PostMapping("/sources/{id}/fetch")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void fetchNow(@PathVariable UUID id) {
		this.admin.fetchNow(tenant(), new RegwatchSourceId(id), actor());
	}

	@GetMapping("/topics")
	RegwatchResponses.Topics topics() {
		return new RegwatchResponses.Topics(
				this.reading.topics(tenant()).stream().map(RegwatchResponses.Topic::of).toList());
	}

	/** A keyword; the tenant's items are scored again against all its topics. */
	@PostMapping(path = "/topics", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	RegwatchResponses.Topic addTopic(@RequestBody TopicRequest request) {
		return RegwatchResponses.Topic.of(this.admin.addTopic(tenant(), request.keyword(), actor()));
	}

	@DeleteMapping("/topics/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeTopic(@PathVariable UUID id) {
		this.admin.removeTopic(tenant(), new RegwatchTopicId(id), actor());
	}

	/**
	 * Newest change first.
	 * @param source only this source's items
	 * @param minRelevance only items scored at least this
	 */
	@GetMapping("/items")
	RegwatchResponses.Items items(@RequestParam(required = false) @Nullable UUID source,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100) int minRelevance,
			@RequestParam(defaultValue = "50") @Min(1) @Max(RegwatchReading.MAX_ITEMS) int limit) {
		RegwatchSourceId sourceId = (source != null) ? new RegwatchSourceId(source) : null;
		return new RegwatchResponses.Items(this.reading.items(tenant(), sourceId, minRelevance, limit)
			.stream()
			.map(RegwatchResponses.Item::of)
			.toList());
	}

	/**
	 * The item with its versions, newest first, each with what changed from the one
	 * before.
	 */
	@GetMapping("/items/{id}")
	RegwatchResponses.History history(@PathVariable UUID id) {
		return this.reading.history(tenant(), new RegwatchItemId(id))
			.map(RegwatchResponses.History::of)
			.orElseThrow(RegwatchNotFoundException::new);
	}

	/** Answered here: the API's own handler knows no regwatch. */
	@ExceptionHandler(RegwatchNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(RegwatchNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND, "Finns inte / Not found"));
	}

	/** The messages are core's fixed phrases, never the input. */
	@ExceptionHandler(InvalidRegwatchInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRegwatchInputException ex) {
		List<Problems.FieldError> errors = ex.errors()
			.entrySet()
			.stream()
			.sorted(java.util.Map.Entry.comparingByKey())
			.map(error -> new Problems.FieldError(error.getKey(), error.getValue()))
			.toList();
		return ResponseEntity.badRequest().body(Problems.invalid(errors));
	}

	private TenantId tenant() {
		return this.currentTenant.get().id();
	}

	private Actor actor() {
		return Actor.user(this.currentUser.get().subject());
	}

	/**
	 * A source as sent.
	 *
	 * @param kind {@code RSS}, {@code ATOM}, {@code JSON} or {@code WEB_PAGE}
	 * @param selector a CSS selector for a web page; for a JSON API
	 * {@code items=/pointer; title=/pointer; url=/pointer} (see docs/regwatch.md)
	 * @param enabled whether it is fetched every hour; on unless {@code false}
	 */
	record SourceRequest(@Nullable String name, @Nullable String kind, @Nullable String url, @Nullable String selector,
			@Nullable Boolean enabled) {

		SourceDraft draft() {
			SourceKind known = Arrays.stream(SourceKind.values())
				.filter(candidate -> candidate.name().equals(this.kind))
				.findFirst()
				.orElse(null);
			return new SourceDraft(this.name, known, this.url, this.selector, !Boolean.FALSE.equals(this.enabled));
		}

	}

	record TopicRequest(@Nullable String keyword) {

	}

}
