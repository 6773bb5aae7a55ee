package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.regwatch.FetchState;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.RegwatchSources;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcRegwatchSources implements RegwatchSources {

	private final RegwatchSourceRows rows;

	private final RegwatchFetchStateRows states;

	JdbcRegwatchSources(RegwatchSourceRows rows, RegwatchFetchStateRows states) {
		this.rows = rows;
		this.states = states;
	}

	@Override
	public RegwatchSource save(RegwatchSource source) {
		long version = this.rows.findByIdAndTenantId(source.id().value(), source.tenantId().value())
			.map(RegwatchSourceRow::version)
			.orElse(0L);
		return toSource(this.rows.save(new RegwatchSourceRow(source.id().value(), source.tenantId().value(),
				source.name(), source.kind().name(), source.url().toString(), source.selector(), source.enabled(),
				version, null)));
	}

	@Override
	public Optional<RegwatchSource> findById(TenantId tenantId, RegwatchSourceId id) {
		return this.rows.findByIdAndTenantId(id.value(), tenantId.value()).map(JdbcRegwatchSources::toSource);
	}

	@Override
	public List<RegwatchSource> findAll(TenantId tenantId) {
		return this.rows.findByTenantIdOrderByName(tenantId.value())
			.stream()
			.map(JdbcRegwatchSources::toSource)
			.toList();
	}

	@Override
	public List<RegwatchSource> allEnabled() {
		return this.rows.findEnabled().stream().map(JdbcRegwatchSources::toSource).toList();
	}

	@Override
	public boolean delete(TenantId tenantId, RegwatchSourceId id) {
		// Items, versions and the fetch state go with the source (ON DELETE CASCADE).
		return this.rows.deleteOf(id.value(), tenantId.value()) > 0;
	}

	@Override
	public Optional<FetchState> fetchState(TenantId tenantId, RegwatchSourceId id) {
		return this.states.findBySourceIdAndTenantId(id.value(), tenantId.value())
			.map(row -> new FetchState(new RegwatchSourceId(row.sourceId()), new TenantId(row.tenantId()), row.etag(),
					row.lastModified(), row.lastFetchedAt(), row.lastSuccessAt(), row.lastError(), row.failures()));
	}

	@Override
	public void record(FetchState state) {
		// A source removed meanwhile has nothing to record on.
		if (this.rows.findByIdAndTenantId(state.sourceId().value(), state.tenantId().value()).isEmpty()) {
			return;
		}
		long version = this.states.findBySourceIdAndTenantId(state.sourceId().value(), state.tenantId().value())
			.map(RegwatchFetchStateRow::version)
			.orElse(0L);
		this.states.save(new RegwatchFetchStateRow(state.sourceId().value(), state.tenantId().value(), state.etag(),
				state.lastModified(), state.lastFetchedAt(), state.lastSuccessAt(), state.lastError(), state.failures(),
				version, null));
	}

	private static RegwatchSource toSource(RegwatchSourceRow row) {
		return new RegwatchSource(new RegwatchSourceId(row.id()), new TenantId(row.tenantId()), row.name(),
				SourceKind.valueOf(row.kind()), URI.create(row.url()), row.selector(), row.enabled());
	}

}
