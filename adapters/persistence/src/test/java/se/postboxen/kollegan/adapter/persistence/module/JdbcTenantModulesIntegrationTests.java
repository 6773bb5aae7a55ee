package se.postboxen.kollegan.adapter.persistence.module;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.module.EnabledModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's modules in the real Postgres: on from their switch until switched off, the
 * first switch standing, each tenant seeing only its own; and the upgrade that brought
 * the shop keeps what every tenant had.
 */
@StoreIntegrationTest
class JdbcTenantModulesIntegrationTests {

	/** The last migration before the module shop's. */
	private static final String BEFORE_THE_SHOP = "25";

	private static final Actor ASTRID = Actor.user("astrid-subject");

	@Autowired
	Tenants tenants;

	@Autowired
	TenantModules modules;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	TenantId tenant;

	final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	@BeforeEach
	void tenant() {
		this.tenant = TestTenants.create(this.tenants);
	}

	@Test
	void aModuleIsOnFromItsSwitchUntilItIsSwitchedOff() {
		EnabledModule juridik = new EnabledModule(this.tenant, Module.JURIDIK_GUNNAR, this.now, ASTRID);

		assertThat(this.modules.enable(juridik)).isTrue();
		assertThat(this.modules.isEnabled(this.tenant, Module.JURIDIK_GUNNAR)).isTrue();
		assertThat(this.modules.isEnabled(this.tenant, Module.REGWATCH)).isFalse();
		assertThat(this.modules.enabled(this.tenant)).containsExactly(juridik);

		assertThat(this.modules.disable(this.tenant, Module.JURIDIK_GUNNAR)).hasValue(juridik);
		assertThat(this.modules.disable(this.tenant, Module.JURIDIK_GUNNAR)).isEmpty();
		assertThat(this.modules.isEnabled(this.tenant, Module.JURIDIK_GUNNAR)).isFalse();
		assertThat(this.modules.enabled(this.tenant)).isEmpty();
	}

	@Test
	void switchingOnWhatIsOnKeepsTheFirstSwitch() {
		EnabledModule first = new EnabledModule(this.tenant, Module.REGWATCH, this.now, ASTRID);

		this.modules.enable(first);
		boolean again = this.modules.enable(
				new EnabledModule(this.tenant, Module.REGWATCH, this.now.plusSeconds(60), Actor.system("demo-data")));

		assertThat(again).isFalse();
		assertThat(this.modules.enabled(this.tenant)).containsExactly(first);
	}

	@Test
	void modulesAreListedInTheCataloguesOrderAndEachTenantSeesOnlyItsOwn() {
		TenantId other = TestTenants.create(this.tenants);
		this.modules.enable(new EnabledModule(this.tenant, Module.TASK_BOARDS, this.now, ASTRID));
		this.modules.enable(new EnabledModule(this.tenant, Module.REGWATCH, this.now, ASTRID));
		this.modules.enable(new EnabledModule(other, Module.DOC_COPILOT, this.now, ASTRID));

		assertThat(this.modules.enabled(this.tenant)).extracting(EnabledModule::module)
			.containsExactly(Module.REGWATCH, Module.TASK_BOARDS);
		assertThat(this.modules.isEnabled(other, Module.REGWATCH)).isFalse();
		assertThat(this.modules.disable(other, Module.TASK_BOARDS)).isEmpty();
		assertThat(this.modules.isEnabled(this.tenant, Module.TASK_BOARDS)).isTrue();
	}

	@Test
	void theUpgradeKeepsStakeholderInsightsAndTaskBoardsForEveryTenantThereIs() {
		String schema = "upgrade_" + UUID.randomUUID().toString().substring(0, 8);
		UUID existing = UUID.randomUUID();
		try {
			migrate(schema, BEFORE_THE_SHOP);
			this.jdbc
				.sql("INSERT INTO " + schema + ".tenant (id, slug, name, time_zone, default_consent_level, version)"
						+ " VALUES (:id, 'kommun-u', 'Kommun U', 'Europe/Stockholm', 'PLUS', 0)")
				.param("id", existing)
				.update();

			migrate(schema, "latest");

			List<String> kept = this.jdbc
				.sql("SELECT module || ' by ' || enabled_by_kind || ':' || enabled_by FROM " + schema
						+ ".tenant_module WHERE tenant_id = :id ORDER BY module")
				.param("id", existing)
				.query(String.class)
				.list();
			assertThat(kept).containsExactly("stakeholder-insights by SYSTEM:upgrade", "task-boards by SYSTEM:upgrade");
		}
		finally {
			this.jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
		}
	}

	private void migrate(String schema, String target) {
		Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(schema)
			.defaultSchema(schema)
			.createSchemas(true)
			.locations("classpath:db/migration")
			.target(target)
			.load()
			.migrate();
	}

}
