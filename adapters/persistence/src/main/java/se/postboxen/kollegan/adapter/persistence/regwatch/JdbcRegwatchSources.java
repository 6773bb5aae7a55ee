package se.postboxen.kollegan.adapter.persistence.regwatch;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.RegwatchSources;
import se.postboxen.kollegan.regwatch.SourceKind;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcRegwatchSources implements RegwatchSources {

	private final RegwatchSourceRows rows;

	JdbcRegwatchSources(RegwatchSourceRows rows) {
		this.rows = rows;
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

	private static RegwatchSource toSource(RegwatchSourceRow row) {
		return new RegwatchSource(new RegwatchSourceId(row.id()), new TenantId(row.tenantId()), row.name(),
				SourceKind.valueOf(row.kind()), URI.create(row.url()), row.selector(), row.enabled());
	}

}
