package se.postboxen.kollegan.regwatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use case: reading what regwatch found — items by relevance and source, an item's
 * history with what changed from one version to the next — and the sources with how their
 * last fetch went.
 */
public final class RegwatchReading {

	/** Items one list shows at most. */
	public static final int MAX_ITEMS = 200;

	private final RegwatchSources sources;

	private final RegwatchItems items;

	private final RegwatchTopics topics;

	private final TextDiff diff;

	public RegwatchReading(RegwatchSources sources, RegwatchItems items, RegwatchTopics topics, TextDiff diff) {
		this.sources = sources;
		this.items = items;
		this.topics = topics;
		this.diff = diff;
	}

	/** A source with how its last fetch went, if it was fetched. */
	public record WatchedSource(RegwatchSource source, @Nullable FetchState state) {

	}

	/**
	 * @param changes from the version before; for the first version, all of it inserted
	 */
	public record Version(RegwatchItemVersion version, List<TextDiff.Change> changes) {

	}

	/** Versions newest first. */
	public record History(RegwatchItem item, @Nullable RegwatchSource source, List<Version> versions) {

	}

	public List<WatchedSource> sources(TenantId tenantId) {
		return this.sources.findAll(tenantId)
			.stream()
			.map(source -> new WatchedSource(source, this.sources.fetchState(tenantId, source.id()).orElse(null)))
			.toList();
	}

	public List<RegwatchTopic> topics(TenantId tenantId) {
		return this.topics.findAll(tenantId);
	}

	/**
	 * @param sourceId only this source's items, when given
	 * @param minRelevance only items scored at least this (0 for all)
	 */
	public List<RegwatchItem> items(TenantId tenantId, @Nullable RegwatchSourceId sourceId, int minRelevance,
			int limit) {
		return this.items.find(tenantId, sourceId, Math.max(0, minRelevance), null,
				Math.max(1, Math.min(limit, MAX_ITEMS)));
	}

	public Optional<History> history(TenantId tenantId, RegwatchItemId id) {
		return this.items.findById(tenantId, id).map(item -> {
			List<RegwatchItemVersion> versions = this.items.versions(tenantId, id);
			List<Version> shown = new ArrayList<>();
			String before = "";
			for (RegwatchItemVersion version : versions) {
				shown.add(0, new Version(version, this.diff.between(before, version.content())));
				before = version.content();
			}
			return new History(item, this.sources.findById(tenantId, item.sourceId()).orElse(null), shown);
		});
	}

}
