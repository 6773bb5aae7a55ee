package se.postboxen.kollegan.bot.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.DeploymentMode;
import se.postboxen.kollegan.module.EnabledModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Every module on for the demo tenants, at every start, so that the whole product can be
 * tried. Switched on directly rather than through the shop: the demo buys nothing, so no
 * billing event is sent. Runs once the application is ready, after {@link DemoData} has
 * made the tenants.
 */
@Component
class DemoModules {

	private static final Actor DEMO = Actor.system("demo-data");

	private final boolean enabled;

	private final Tenants tenants;

	private final TenantModules modules;

	private final Transactions transactions;

	private final Clock clock;

	DemoModules(Environment environment, Tenants tenants, TenantModules modules, Transactions transactions,
			Clock clock) {
		this.enabled = DeploymentMode.demo(environment);
		this.tenants = tenants;
		this.modules = modules;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void everyModuleOn() {
		if (!this.enabled) {
			return;
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		this.transactions.inTransaction(() -> {
			for (DemoTenant demo : DemoTenant.values()) {
				this.tenants.findBySlug(demo.slug()).ifPresent(tenant -> {
					for (Module module : Module.values()) {
						this.modules.enable(new EnabledModule(tenant.id(), module, now, DEMO));
					}
				});
			}
			return null;
		});
	}

}
