package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use case: fetching one source and keeping what changed. An entry seen for the first
 * time becomes an item with version 1; an entry whose text differs from its newest
 * version gets the next version; the same text adds nothing. Each new version is scored
 * against the tenant's topics, and a high score queues an alert — except on a source's
 * first fetch, which would otherwise alert on everything the source ever published.
 * <p>
 * A failed fetch is recorded on the source for its page. Only what may heal within
 * minutes (429, 5xx, the host limit) is retried through the job's retry policy; anything
 * else, and the last attempt, waits for the next scheduled scan, so an unreachable source
 * (no internet, a site that is down for the day) never ends in the dead-letter queue.
 */
public final class RegwatchWatch {

	/** Entries read from one answer: a feed that lists thousands is read in part. */
	static final int MAX_ENTRIES = 200;

	static final int MAX_CONTENT = 100_000;

	private final RegwatchSources sources;

	private final RegwatchItems items;

	private final RegwatchTopics topics;

	private final RegwatchFetcher fetcher;

	private final RegwatchRelevance relevance;

	private final JobQueue jobs;

	private final Transactions transactions;

	private final Clock clock;

	public RegwatchWatch(RegwatchSources sources, RegwatchItems items, RegwatchTopics topics, RegwatchFetcher fetcher,
			RegwatchRelevance relevance, JobQueue jobs, Transactions transactions, Clock clock) {
		this.sources = sources;
		this.items = items;
		this.topics = topics;
		this.fetcher = fetcher;
		this.relevance = relevance;
		this.jobs = jobs;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @param lastAttempt whether the job may not be retried again, so that a transient
	 * failure is recorded and left to the next scan
	 */
	public JobOutcome fetch(TenantId tenantId, RegwatchSourceId sourceId, boolean lastAttempt) {
		Optional<RegwatchSource> found = this.sources.findById(tenantId, sourceId);
		if (found.isEmpty() || !found.get().enabled()) {
			return JobOutcome.done();
		}
		RegwatchSource source = found.get();
		FetchState state = this.sources.fetchState(tenantId, sourceId).orElseGet(() -> FetchState.never(source));
		Instant now = this.clock.instant();
		RegwatchFetcher.Result result;
		try {
			result = this.fetcher.fetch(source, state);
		}
		catch (RegwatchFetcher.RegwatchFetchException ex) {
			this.sources.record(state.failed(now, ex.getMessage()));
			if (!ex.isTransient() || lastAttempt) {
				return JobOutcome.done();
			}
			return (ex.retryAt() != null) ? JobOutcome.retryAt(ex.retryAt(), "the source asked to wait")
					: JobOutcome.retry();
		}
		if (!(result instanceof RegwatchFetcher.Fetched fetched)) {
			this.sources.record(state.unchanged(now));
			return JobOutcome.done();
		}
		boolean alerting = state.lastSuccessAt() != null;
		List<RegwatchTopic> watched = this.topics.findAll(tenantId);
		this.transactions.inTransaction(() -> {
			fetched.entries().stream().limit(MAX_ENTRIES).forEach(entry -> keep(source, entry, watched, alerting, now));
			this.sources.record(state.succeeded(now, fetched.etag(), fetched.lastModified()));
			return null;
		});
		return JobOutcome.done();
	}

	private void keep(RegwatchSource source, FetchedEntry entry, List<RegwatchTopic> watched, boolean alerting,
			Instant now) {
		String content = text(entry.content());
		String title = line(entry.title(), 500);
		if (title.isEmpty()) {
			title = source.name();
		}
		String key = line(entry.externalKey(), 1000);
		if (key.isEmpty()) {
			key = entry.url().toString();
		}
		URI url = web(entry.url()) ? entry.url() : source.url();
		String hash = sha256(content);
		int score = this.relevance.score(watched, title, content);
		Optional<RegwatchItem> existing = this.items.findByExternalKey(source.tenantId(), source.id(), key);
		RegwatchItem item;
		int number;
		if (existing.isEmpty()) {
			item = new RegwatchItem(RegwatchItemId.newId(), source.tenantId(), source.id(), key, title, url, now, now,
					score);
			number = 1;
		}
		else {
			Optional<RegwatchItemVersion> newest = this.items.newestVersion(source.tenantId(), existing.get().id());
			if (newest.isPresent() && newest.get().contentHash().equals(hash)) {
				return;
			}
			RegwatchItem before = existing.get();
			item = new RegwatchItem(before.id(), before.tenantId(), before.sourceId(), key, title, url,
					before.firstSeenAt(), now, score);
			number = newest.map(version -> version.number() + 1).orElse(1);
		}
		this.items.save(item);
		this.items.addVersion(source.tenantId(), new RegwatchItemVersion(item.id(), number, hash, content, now));
		if (alerting && this.relevance.alerts(score)) {
			this.jobs.enqueue(new JobRequest(new JobKey("regwatch-alert:" + item.id() + ":" + number),
					new JobPayload.RegwatchAlert(item.id(), number), source.tenantId(), null, now));
		}
	}

	/**
	 * Only web links are kept: a feed's {@code javascript:} link must not reach a page.
	 */
	private static boolean web(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		return (scheme.equals("https") || scheme.equals("http")) && url.getHost() != null;
	}

	/** One line, no control characters, bounded. */
	static String line(String value, int max) {
		String line = value.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
		return (line.length() <= max) ? line : line.substring(0, max - 1) + "…";
	}

	private static String text(String value) {
		String text = value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
		return (text.length() <= MAX_CONTENT) ? text : text.substring(0, MAX_CONTENT);
	}

	/**
	 * The hash a version's content is kept with, so that a later fetch of the same text
	 * adds no version.
	 */
	public static String sha256(String content) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JVM", ex);
		}
	}

}
