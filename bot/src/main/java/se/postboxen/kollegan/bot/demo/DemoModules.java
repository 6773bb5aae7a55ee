package se.postboxen.kollegan.bot.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.module.EnabledModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.tenant.Tenant;

/**
 * Every module on for the demo tenants, at every start, so that the whole product can be
 * tried. Switched on directly rather than through the shop: the demo buys nothing, so no
 * billing event is sent. {@link DemoData} switches them on in the transaction that makes
 * (or finds) each tenant, before it seeds anything: recaps build stakeholder profiles and
 * push actions only for a tenant with those modules on, and {@link DemoHistory} and
 * {@link RegwatchDemo}, which seed once the application is ready, come after that
 * transaction, as does any job it queues.
 */
@Component
class DemoModules {

	private static final Actor DEMO = Actor.system("demo-data");

	private final TenantModules modules;

	private final Clock clock;

	DemoModules(TenantModules modules, Clock clock) {
		this.modules = modules;
		this.clock = clock;
	}

	/** In the caller's transaction; a module already on stays on as it was. */
	void everyModuleOn(Tenant tenant) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		for (Module module : Module.values()) {
			this.modules.enable(new EnabledModule(tenant.id(), module, now, DEMO));
		}
	}

}
