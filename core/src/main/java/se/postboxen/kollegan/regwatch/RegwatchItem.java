package se.postboxen.kollegan.regwatch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.shared.Text;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * One watched thing within a source (a feed entry, a page) whose content is kept as a
 * history of versions.
 *
 * @param externalKey the source's own identity for it (feed GUID, URL)
 * @param relevance 0–100: how much its newest version bears on the tenant's topics
 */
public record RegwatchItem(RegwatchItemId id, TenantId tenantId, RegwatchSourceId sourceId, String externalKey,
		String title, URI url, Instant firstSeenAt, Instant lastChangedAt, int relevance) {

	public RegwatchItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(sourceId, "sourceId");
		externalKey = Text.required(externalKey, "externalKey", 1000);
		title = Text.required(title, "title", 500);
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(firstSeenAt, "firstSeenAt");
		Objects.requireNonNull(lastChangedAt, "lastChangedAt");
		if (relevance < 0 || relevance > 100) {
			throw new IllegalArgumentException("relevance is from 0 to 100");
		}
	}

	/** An item not yet scored. */
	public RegwatchItem(RegwatchItemId id, TenantId tenantId, RegwatchSourceId sourceId, String externalKey,
			String title, URI url, Instant firstSeenAt, Instant lastChangedAt) {
		this(id, tenantId, sourceId, externalKey, title, url, firstSeenAt, lastChangedAt, 0);
	}

	public RegwatchItem withRelevance(int score) {
		return new RegwatchItem(this.id, this.tenantId, this.sourceId, this.externalKey, this.title, this.url,
				this.firstSeenAt, this.lastChangedAt, score);
	}

}
