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
 */
public record RegwatchItem(RegwatchItemId id, TenantId tenantId, RegwatchSourceId sourceId, String externalKey,
		String title, URI url, Instant firstSeenAt, Instant lastChangedAt) {

	public RegwatchItem {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(sourceId, "sourceId");
		externalKey = Text.required(externalKey, "externalKey", 1000);
		title = Text.required(title, "title", 500);
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(firstSeenAt, "firstSeenAt");
		Objects.requireNonNull(lastChangedAt, "lastChangedAt");
	}

}
