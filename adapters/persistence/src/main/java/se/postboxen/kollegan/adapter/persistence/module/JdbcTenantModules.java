package se.postboxen.kollegan.adapter.persistence.module;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.module.EnabledModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.tenant.TenantId;

@Component
class JdbcTenantModules implements TenantModules {

	private final JdbcClient jdbc;

	JdbcTenantModules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<EnabledModule> enabled(TenantId tenantId) {
		return this.jdbc.sql("SELECT * FROM tenant_module WHERE tenant_id = :tenantId")
			.param("tenantId", tenantId.value())
			.query((rs, row) -> enabledModule(rs))
			.list()
			.stream()
			.sorted(Comparator.comparing(EnabledModule::module))
			.toList();
	}

	@Override
	public boolean isEnabled(TenantId tenantId, Module module) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM tenant_module WHERE tenant_id = :tenantId AND module = :module)")
			.param("tenantId", tenantId.value())
			.param("module", module.wireName())
			.query(Boolean.class)
			.single();
	}

	@Override
	public boolean enable(EnabledModule module) {
		return this.jdbc.sql("""
				INSERT INTO tenant_module (tenant_id, module, enabled_at, enabled_by_kind, enabled_by)
				VALUES (:tenantId, :module, :since, :byKind, :by)
				ON CONFLICT (tenant_id, module) DO NOTHING
				""")
			.param("tenantId", module.tenantId().value())
			.param("module", module.module().wireName())
			.param("since", Timestamp.from(module.since()))
			.param("byKind", module.by().kind().name())
			.param("by", module.by().id())
			.update() > 0;
	}

	@Override
	public Optional<EnabledModule> disable(TenantId tenantId, Module module) {
		return this.jdbc.sql("DELETE FROM tenant_module WHERE tenant_id = :tenantId AND module = :module RETURNING *")
			.param("tenantId", tenantId.value())
			.param("module", module.wireName())
			.query((rs, row) -> enabledModule(rs))
			.optional();
	}

	private static EnabledModule enabledModule(ResultSet rs) throws SQLException {
		Module module = Module.ofWireName(rs.getString("module"))
			.orElseThrow(() -> new IllegalStateException("tenant_module holds a module Kollegan does not know"));
		return new EnabledModule(new TenantId(rs.getObject("tenant_id", UUID.class)), module,
				rs.getTimestamp("enabled_at").toInstant(),
				new Actor(Actor.Kind.valueOf(rs.getString("enabled_by_kind")), rs.getString("enabled_by")));
	}

}
