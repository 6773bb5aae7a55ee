package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use case: an administrator's sources and topics. A source is checked in full before it
 * is kept — an address the fetcher would refuse (not https, internal) is refused here,
 * naming the field — and a new or changed source is fetched at once. Topics rescore the
 * tenant's items, so the list reflects them straight away. Every change is audited.
 */
public final class RegwatchAdmin {

	/** Topics a tenant may have: each is matched against every item. */
	public static final int MAX_TOPICS = 100;

	/** Sources a tenant may have: each is fetched every hour. */
	public static final int MAX_SOURCES = 50;

	private final RegwatchSources sources;

	private final RegwatchTopics topics;

	private final RegwatchItems items;

	private final RegwatchFetcher fetcher;

	private final RegwatchRelevance relevance;

	private final JobQueue jobs;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	public RegwatchAdmin(RegwatchSources sources, RegwatchTopics topics, RegwatchItems items, RegwatchFetcher fetcher,
			RegwatchRelevance relevance, JobQueue jobs, AuditLog auditLog, Transactions transactions, Clock clock) {
		this.sources = sources;
		this.topics = topics;
		this.items = items;
		this.fetcher = fetcher;
		this.relevance = relevance;
		this.jobs = jobs;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @throws InvalidRegwatchInputException naming each field that is wrong
	 */
	public RegwatchSource addSource(TenantId tenantId, SourceDraft draft, Actor actor) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (this.sources.findAll(tenantId).size() >= MAX_SOURCES) {
			errors.put("url", "högst " + MAX_SOURCES + " källor / at most " + MAX_SOURCES + " sources");
		}
		RegwatchSource source = checked(RegwatchSourceId.newId(), tenantId, draft, errors);
		return keep(source, "regwatch.source-added", actor);
	}

	/**
	 * @throws RegwatchNotFoundException when the tenant has no such source
	 * @throws InvalidRegwatchInputException naming each field that is wrong
	 */
	public RegwatchSource changeSource(TenantId tenantId, RegwatchSourceId id, SourceDraft draft, Actor actor) {
		this.sources.findById(tenantId, id).orElseThrow(RegwatchNotFoundException::new);
		RegwatchSource source = checked(id, tenantId, draft, new LinkedHashMap<>());
		return keep(source, "regwatch.source-changed", actor);
	}

	/**
	 * @throws RegwatchNotFoundException when the tenant has no such source
	 */
	public void removeSource(TenantId tenantId, RegwatchSourceId id, Actor actor) {
		this.transactions.inTransaction(() -> {
			if (!this.sources.delete(tenantId, id)) {
				throw new RegwatchNotFoundException();
			}
			audit(tenantId, actor, "regwatch.source-removed", "regwatch-source", id.toString(), Map.of());
			return null;
		});
	}

	/**
	 * Queues a fetch of the source now; a disabled source is fetched too, as the
	 * administrator asked for it.
	 * @throws RegwatchNotFoundException when the tenant has no such source
	 */
	public void fetchNow(TenantId tenantId, RegwatchSourceId id, Actor actor) {
		RegwatchSource source = this.sources.findById(tenantId, id).orElseThrow(RegwatchNotFoundException::new);
		Instant now = this.clock.instant();
		this.jobs.enqueue(RegwatchJobs.fetchNow(source, now));
		audit(tenantId, actor, "regwatch.fetch-requested", "regwatch-source", id.toString(), Map.of());
	}

	/**
	 * @throws InvalidRegwatchInputException naming {@code keyword} when it is blank, too
	 * long, there already, or one too many
	 */
	public RegwatchTopic addTopic(TenantId tenantId, @Nullable String keyword, Actor actor) {
		List<RegwatchTopic> existing = this.topics.findAll(tenantId);
		RegwatchTopic topic;
		try {
			topic = new RegwatchTopic(RegwatchTopicId.newId(), tenantId, keyword);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("keyword", "anges, högst " + RegwatchTopic.MAX_KEYWORD_LENGTH + " tecken / required, at most "
					+ RegwatchTopic.MAX_KEYWORD_LENGTH + " characters");
		}
		if (existing.stream().anyMatch(other -> other.keyword().equalsIgnoreCase(topic.keyword()))) {
			throw invalid("keyword", "finns redan / is there already");
		}
		if (existing.size() >= MAX_TOPICS) {
			throw invalid("keyword", "högst " + MAX_TOPICS + " ämnen / at most " + MAX_TOPICS + " topics");
		}
		return this.transactions.inTransaction(() -> {
			RegwatchTopic added = this.topics.add(topic);
			rescore(tenantId);
			audit(tenantId, actor, "regwatch.topic-added", "regwatch-topic", added.id().toString(),
					Map.of("keyword", added.keyword()));
			return added;
		});
	}

	/**
	 * @throws RegwatchNotFoundException when the tenant has no such topic
	 */
	public void removeTopic(TenantId tenantId, RegwatchTopicId id, Actor actor) {
		this.transactions.inTransaction(() -> {
			if (!this.topics.remove(tenantId, id)) {
				throw new RegwatchNotFoundException();
			}
			rescore(tenantId);
			audit(tenantId, actor, "regwatch.topic-removed", "regwatch-topic", id.toString(), Map.of());
			return null;
		});
	}

	private RegwatchSource keep(RegwatchSource source, String action, Actor actor) {
		RegwatchSource kept = this.transactions.inTransaction(() -> {
			RegwatchSource saved = this.sources.save(source);
			audit(saved.tenantId(), actor, action, "regwatch-source", saved.id().toString(),
					Map.of("host", String.valueOf(saved.url().getHost()), "kind", saved.kind().name()));
			return saved;
		});
		if (kept.enabled()) {
			this.jobs.enqueue(RegwatchJobs.fetchNow(kept, this.clock.instant()));
		}
		return kept;
	}

	private RegwatchSource checked(RegwatchSourceId id, TenantId tenantId, SourceDraft draft,
			Map<String, String> errors) {
		String name = (draft.name() != null) ? draft.name().strip() : "";
		if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
			errors.put("name", "anges, en rad, högst 200 tecken / required, one line, at most 200 characters");
		}
		if (draft.kind() == null) {
			errors.put("kind", "RSS, ATOM, JSON eller WEB_PAGE / RSS, ATOM, JSON or WEB_PAGE");
		}
		URI url = url(draft.url(), errors);
		String selector = (draft.selector() != null && !draft.selector().isBlank()) ? draft.selector().strip() : null;
		if (selector != null && (selector.length() > 500 || selector.chars().anyMatch(Character::isISOControl))) {
			errors.put("selector", "en rad, högst 500 tecken / one line, at most 500 characters");
		}
		else if (draft.kind() == SourceKind.JSON) {
			try {
				JsonMapping.parse(selector);
			}
			catch (IllegalArgumentException ex) {
				errors.put("selector", ex.getMessage());
			}
		}
		else if (draft.kind() != null) {
			this.fetcher.unusableSelector(draft.kind(), selector).ifPresent(problem -> errors.put("selector", problem));
		}
		if (!errors.isEmpty() || url == null || draft.kind() == null) {
			throw new InvalidRegwatchInputException(errors);
		}
		return new RegwatchSource(id, tenantId, name, draft.kind(), url, selector, draft.enabled());
	}

	private @Nullable URI url(@Nullable String given, Map<String, String> errors) {
		if (given == null || given.isBlank() || given.length() > 2000) {
			errors.put("url", "en https-adress anges, högst 2000 tecken / an https address is required, "
					+ "at most 2000 characters");
			return null;
		}
		URI url;
		try {
			url = new URI(given.strip());
		}
		catch (URISyntaxException ex) {
			errors.put("url", "ingen giltig adress / not a valid address");
			return null;
		}
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("https")) {
			errors.put("url", "måste börja med https:// / must start with https://");
			return null;
		}
		Optional<String> refusal = this.fetcher.refusal(url);
		if (refusal.isPresent()) {
			errors.put("url", refusal.get());
			return null;
		}
		return url;
	}

	private void rescore(TenantId tenantId) {
		List<RegwatchTopic> watched = this.topics.findAll(tenantId);
		for (RegwatchItem item : this.items.findAll(tenantId)) {
			String content = this.items.newestVersion(tenantId, item.id()).map(RegwatchItemVersion::content).orElse("");
			int score = this.relevance.score(watched, item.title(), content);
			if (score != item.relevance()) {
				this.items.save(item.withRelevance(score));
			}
		}
	}

	private void audit(TenantId tenantId, Actor actor, String action, String targetType, String targetId,
			Map<String, String> details) {
		this.auditLog
			.record(AuditEvent.of(tenantId, this.clock.instant(), actor, action, targetType, targetId, details));
	}

	private static InvalidRegwatchInputException invalid(String field, String message) {
		return new InvalidRegwatchInputException(Map.of(field, message));
	}

}
