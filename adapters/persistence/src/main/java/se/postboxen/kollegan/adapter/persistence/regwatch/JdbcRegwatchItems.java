package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.regwatch.RegwatchItem;
import se.postboxen.kollegan.regwatch.RegwatchItemId;
import se.postboxen.kollegan.regwatch.RegwatchItemVersion;
import se.postboxen.kollegan.regwatch.RegwatchItems;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcRegwatchItems implements RegwatchItems {

	private final RegwatchItemRows items;

	private final RegwatchItemVersionRows versions;

	private final JdbcAggregateOperations aggregates;

	JdbcRegwatchItems(RegwatchItemRows items, RegwatchItemVersionRows versions, JdbcAggregateOperations aggregates) {
		this.items = items;
		this.versions = versions;
		this.aggregates = aggregates;
	}

	@Override
	public RegwatchItem save(RegwatchItem item) {
		long version = this.items.findById(item.id().value())
			.filter(row -> row.tenantId().equals(item.tenantId().value()))
			.map(RegwatchItemRow::version)
			.orElse(0L);
		return toItem(this.items.save(new RegwatchItemRow(item.id().value(), item.tenantId().value(),
				item.sourceId().value(), item.externalKey(), item.title(), item.url().toString(), item.firstSeenAt(),
				item.lastChangedAt(), item.relevance(), version, null)));
	}

	@Override
	public Optional<RegwatchItem> findById(TenantId tenantId, RegwatchItemId id) {
		return this.items.findByIdAndTenantId(id.value(), tenantId.value()).map(JdbcRegwatchItems::toItem);
	}

	@Override
	public List<RegwatchItem> find(TenantId tenantId, @Nullable RegwatchSourceId sourceId, int minRelevance,
			@Nullable Instant changedSince, int limit) {
		return this.items
			.find(tenantId.value(), (sourceId != null) ? sourceId.value() : null, minRelevance,
					(changedSince != null) ? changedSince : Instant.EPOCH, limit)
			.stream()
			.map(JdbcRegwatchItems::toItem)
			.toList();
	}

	@Override
	public List<RegwatchItem> findAll(TenantId tenantId) {
		return this.items.findByTenantId(tenantId.value()).stream().map(JdbcRegwatchItems::toItem).toList();
	}

	@Override
	public Optional<RegwatchItemVersion> newestVersion(TenantId tenantId, RegwatchItemId itemId) {
		return this.versions.findFirstByTenantIdAndItemIdOrderByNumberDesc(tenantId.value(), itemId.value())
			.map(JdbcRegwatchItems::toVersion);
	}

	@Override
	public Optional<RegwatchItem> findByExternalKey(TenantId tenantId, RegwatchSourceId sourceId, String externalKey) {
		return this.items.findByTenantIdAndSourceIdAndExternalKey(tenantId.value(), sourceId.value(), externalKey)
			.map(JdbcRegwatchItems::toItem);
	}

	@Override
	public RegwatchItemVersion addVersion(TenantId tenantId, RegwatchItemVersion version) {
		int expected = this.versions.newestNumber(tenantId.value(), version.itemId().value()) + 1;
		if (version.number() != expected) {
			throw new IllegalArgumentException("The next version of this item is number " + expected);
		}
		// A concurrent writer of the same number loses on the (item_id, number) unique
		// key.
		return toVersion(this.aggregates
			.insert(new RegwatchItemVersionRow(UUID.randomUUID(), tenantId.value(), version.itemId().value(),
					version.number(), version.contentHash(), version.content(), version.fetchedAt(), 0, null)));
	}

	@Override
	public List<RegwatchItemVersion> versions(TenantId tenantId, RegwatchItemId itemId) {
		return this.versions.findByTenantIdAndItemIdOrderByNumber(tenantId.value(), itemId.value())
			.stream()
			.map(JdbcRegwatchItems::toVersion)
			.toList();
	}

	private static RegwatchItem toItem(RegwatchItemRow row) {
		return new RegwatchItem(new RegwatchItemId(row.id()), new TenantId(row.tenantId()),
				new RegwatchSourceId(row.sourceId()), row.externalKey(), row.title(), URI.create(row.url()),
				row.firstSeenAt(), row.lastChangedAt(), row.relevance());
	}

	private static RegwatchItemVersion toVersion(RegwatchItemVersionRow row) {
		return new RegwatchItemVersion(new RegwatchItemId(row.itemId()), row.number(), row.contentHash(), row.content(),
				row.fetchedAt());
	}

}
