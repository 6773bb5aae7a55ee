package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.QueuedJobs;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Regwatch's ports in memory for the use cases' tests: sources, items and topics kept as
 * the database keeps them (per tenant), a job queue and an audit log that record, and a
 * fetcher that answers from a script.
 */
final class InMemoryRegwatch {

	final Sources sources = new Sources();

	final Items items = new Items();

	final Topics topics = new Topics();

	final QueuedJobs jobs = new QueuedJobs();

	final List<AuditEvent> audited = new ArrayList<>();

	final ScriptedFetcher fetcher = new ScriptedFetcher();

	final AuditLog auditLog = new AuditLog() {

		@Override
		public void record(AuditEvent event) {
			InMemoryRegwatch.this.audited.add(event);
		}

		@Override
		public List<AuditEvent> recent(TenantId tenantId, int limit) {
			return List.of();
		}

	};

	final Transactions transactions = new Transactions() {

		@Override
		public <T> T inTransaction(Supplier<T> work) {
			return work.get();
		}

		@Override
		public void afterCommit(Runnable action) {
			action.run();
		}

	};

	static final class Sources implements RegwatchSources {

		final Map<RegwatchSourceId, RegwatchSource> kept = new LinkedHashMap<>();

		final Map<RegwatchSourceId, FetchState> states = new LinkedHashMap<>();

		@Override
		public RegwatchSource save(RegwatchSource source) {
			this.kept.put(source.id(), source);
			return source;
		}

		@Override
		public Optional<RegwatchSource> findById(TenantId tenantId, RegwatchSourceId id) {
			return Optional.ofNullable(this.kept.get(id)).filter(source -> source.tenantId().equals(tenantId));
		}

		@Override
		public List<RegwatchSource> findAll(TenantId tenantId) {
			return this.kept.values().stream().filter(source -> source.tenantId().equals(tenantId)).toList();
		}

		@Override
		public List<RegwatchSource> allEnabled() {
			return this.kept.values().stream().filter(RegwatchSource::enabled).toList();
		}

		@Override
		public boolean delete(TenantId tenantId, RegwatchSourceId id) {
			return findById(tenantId, id).map(source -> this.kept.remove(id) != null).orElse(false);
		}

		@Override
		public Optional<FetchState> fetchState(TenantId tenantId, RegwatchSourceId id) {
			return Optional.ofNullable(this.states.get(id)).filter(state -> state.tenantId().equals(tenantId));
		}

		@Override
		public void record(FetchState state) {
			this.states.put(state.sourceId(), state);
		}

	}

	static final class Items implements RegwatchItems {

		final Map<RegwatchItemId, RegwatchItem> kept = new LinkedHashMap<>();

		final Map<RegwatchItemId, List<RegwatchItemVersion>> versions = new LinkedHashMap<>();

		@Override
		public RegwatchItem save(RegwatchItem item) {
			this.kept.put(item.id(), item);
			return item;
		}

		@Override
		public Optional<RegwatchItem> findById(TenantId tenantId, RegwatchItemId id) {
			return Optional.ofNullable(this.kept.get(id)).filter(item -> item.tenantId().equals(tenantId));
		}

		@Override
		public Optional<RegwatchItem> findByExternalKey(TenantId tenantId, RegwatchSourceId sourceId,
				String externalKey) {
			return this.kept.values()
				.stream()
				.filter(item -> item.tenantId().equals(tenantId) && item.sourceId().equals(sourceId)
						&& item.externalKey().equals(externalKey))
				.findFirst();
		}

		@Override
		public List<RegwatchItem> find(TenantId tenantId, @Nullable RegwatchSourceId sourceId, int minRelevance,
				@Nullable Instant changedSince, int limit) {
			return this.kept.values()
				.stream()
				.filter(item -> item.tenantId().equals(tenantId))
				.filter(item -> sourceId == null || item.sourceId().equals(sourceId))
				.filter(item -> item.relevance() >= minRelevance)
				.filter(item -> changedSince == null || !item.lastChangedAt().isBefore(changedSince))
				.sorted(Comparator.comparing(RegwatchItem::lastChangedAt).reversed())
				.limit(limit)
				.toList();
		}

		@Override
		public List<RegwatchItem> findAll(TenantId tenantId) {
			return this.kept.values().stream().filter(item -> item.tenantId().equals(tenantId)).toList();
		}

		@Override
		public RegwatchItemVersion addVersion(TenantId tenantId, RegwatchItemVersion version) {
			List<RegwatchItemVersion> all = this.versions.computeIfAbsent(version.itemId(), id -> new ArrayList<>());
			if (version.number() != all.size() + 1) {
				throw new IllegalArgumentException("not the next version");
			}
			all.add(version);
			return version;
		}

		@Override
		public List<RegwatchItemVersion> versions(TenantId tenantId, RegwatchItemId itemId) {
			return findById(tenantId, itemId).map(item -> List.copyOf(this.versions.getOrDefault(itemId, List.of())))
				.orElse(List.of());
		}

		@Override
		public Optional<RegwatchItemVersion> newestVersion(TenantId tenantId, RegwatchItemId itemId) {
			List<RegwatchItemVersion> all = versions(tenantId, itemId);
			return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
		}

	}

	static final class Topics implements RegwatchTopics {

		final List<RegwatchTopic> kept = new ArrayList<>();

		@Override
		public RegwatchTopic add(RegwatchTopic topic) {
			this.kept.add(topic);
			return topic;
		}

		@Override
		public boolean remove(TenantId tenantId, RegwatchTopicId id) {
			return this.kept.removeIf(topic -> topic.tenantId().equals(tenantId) && topic.id().equals(id));
		}

		@Override
		public List<RegwatchTopic> findAll(TenantId tenantId) {
			return this.kept.stream().filter(topic -> topic.tenantId().equals(tenantId)).toList();
		}

	}

	/**
	 * Answers each fetch with the next scripted result (or failure); refuses addresses on
	 * a host named {@code internal.example} as the real guard refuses internal ones.
	 */
	static final class ScriptedFetcher implements RegwatchFetcher {

		final Deque<Object> answers = new ArrayDeque<>();

		final List<FetchState> sent = new ArrayList<>();

		void answer(FetchedEntry... entries) {
			this.answers.add(new Fetched(List.of(entries), "\"v" + this.answers.size() + "\"", null));
		}

		void notModified() {
			this.answers.add(new NotModified());
		}

		void fail(RegwatchFetchException failure) {
			this.answers.add(failure);
		}

		@Override
		public Result fetch(RegwatchSource source, FetchState state) {
			this.sent.add(state);
			Object next = this.answers.remove();
			if (next instanceof RegwatchFetchException failure) {
				throw failure;
			}
			return (Result) next;
		}

		@Override
		public Optional<String> refusal(URI url) {
			return "internal.example".equals(url.getHost()) ? Optional.of("pekar inåt / points inwards")
					: Optional.empty();
		}

		@Override
		public Optional<String> unusableSelector(SourceKind kind, @Nullable String selector) {
			return (kind == SourceKind.WEB_PAGE && "[[".equals(selector)) ? Optional.of("ingen väljare / no selector")
					: Optional.empty();
		}

	}

}
