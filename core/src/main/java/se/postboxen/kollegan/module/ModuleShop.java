package se.postboxen.kollegan.module;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Use case: the module shop. An administrator switches the tenant's modules on and off
 * (the web layer lets only administrators ask); every switch is audited and queues its
 * billing event in the same transaction, so that a switch that is stored is billed and
 * one that rolled back never is. Switching a module to the state it is in changes, audits
 * and bills nothing.
 * <p>
 * <b>One switch, one event.</b> The billing event's id is made from the switch itself:
 * tenant, module, which way, and when the module was switched on (for a switch off, when
 * the enablement it ends began). The job is keyed by it and billing gets it with every
 * attempt, so a repeated request, a job run again or an answer lost on the way never
 * bills a switch twice.
 */
public final class ModuleShop {

	private static final Actor BILLING = Actor.system("billing");

	private final TenantModules modules;

	private final ModulePrices prices;

	private final Tenants tenants;

	private final BillingEvents billing;

	private final JobQueue jobs;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	public ModuleShop(TenantModules modules, ModulePrices prices, Tenants tenants, BillingEvents billing, JobQueue jobs,
			AuditLog auditLog, Transactions transactions, Clock clock) {
		this.modules = modules;
		this.prices = prices;
		this.tenants = tenants;
		this.billing = billing;
		this.jobs = jobs;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Every module, in the catalogue's order, with its price and whether it is on. */
	public List<ModuleOffer> catalogue(TenantId tenantId) {
		Map<Module, EnabledModule> on = new EnumMap<>(Module.class);
		for (EnabledModule enabled : this.modules.enabled(tenantId)) {
			on.put(enabled.module(), enabled);
		}
		return Arrays.stream(Module.values()).map(module -> offer(module, on.get(module))).toList();
	}

	public boolean isEnabled(TenantId tenantId, Module module) {
		return this.modules.isEnabled(tenantId, module);
	}

	/**
	 * Switches a module on or off for the tenant; nothing happens when it is so already.
	 * @return the module as it is afterwards
	 */
	public ModuleOffer change(TenantId tenantId, Module module, boolean enabled, Actor actor) {
		return this.transactions.inTransaction(() -> {
			// The database keeps microseconds: the instant stored is the one the
			// event's id is made from.
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
			if (enabled) {
				EnabledModule switchedOn = new EnabledModule(tenantId, module, now, actor);
				if (this.modules.enable(switchedOn)) {
					switched(switchedOn, BillingEvent.Kind.ENABLED, now, actor);
				}
			}
			else {
				this.modules.disable(tenantId, module)
					.ifPresent(ended -> switched(ended, BillingEvent.Kind.DISABLED, now, actor));
			}
			return catalogue(tenantId).stream().filter(offer -> offer.module() == module).findFirst().orElseThrow();
		});
	}

	private void switched(EnabledModule enablement, BillingEvent.Kind kind, Instant at, Actor actor) {
		UUID eventId = eventId(enablement, kind);
		TenantId tenantId = enablement.tenantId();
		Module module = enablement.module();
		int price = this.prices.of(module);
		this.jobs.enqueue(new JobRequest(new JobKey("billing:" + eventId), new JobPayload.BillModuleChange(eventId,
				tenantId, module, kind == BillingEvent.Kind.ENABLED, price, at), tenantId, null, at));
		this.auditLog.record(AuditEvent.of(tenantId, at, actor, kind.wireName(), "module", module.wireName(),
				Map.of("priceSekPerMonth", Integer.toString(price), "billingEvent", eventId.toString())));
	}

	/**
	 * The id of the billing event of switching {@code enablement} on, or of ending it.
	 */
	static UUID eventId(EnabledModule enablement, BillingEvent.Kind kind) {
		String name = "module-switch:" + enablement.tenantId() + ":" + enablement.module().wireName() + ":"
				+ kind.wireName() + ":" + enablement.since();
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The billing job: tells billing of one switch, with the price it had then. Billing
	 * that cannot be reached, or answers with a server error, is asked again as the job's
	 * policy says (sooner when it says when); a refusal that will stand leaves the job in
	 * the dead-letter queue. Without a billing endpoint nothing is sent, and the audit
	 * log says so.
	 */
	public JobOutcome bill(JobPayload.BillModuleChange change) {
		Tenant tenant = this.tenants.findById(change.tenantId()).orElse(null);
		if (tenant == null) {
			// An erased tenant's jobs go with it; one already running has nobody to bill.
			return JobOutcome.done();
		}
		BillingEvent event = new BillingEvent(change.eventId(),
				change.enabled() ? BillingEvent.Kind.ENABLED : BillingEvent.Kind.DISABLED, tenant.id(), tenant.slug(),
				change.module(), change.priceSekPerMonth(), change.at());
		BillingEvents.Delivery delivery;
		try {
			delivery = this.billing.send(event);
		}
		catch (BillingException ex) {
			return ex.retryable() ? new JobOutcome.Retry(ex.retryAt(), ex.getMessage())
					: JobOutcome.failPermanently(ex.getMessage());
		}
		Map<String, String> details = (delivery == BillingEvents.Delivery.SENT)
				? Map.of("billingEvent", event.id().toString(), "type", event.kind().wireName())
				: Map.of("billingEvent", event.id().toString(), "type", event.kind().wireName(), "reason",
						"no billing endpoint");
		this.transactions.inTransaction(() -> {
			this.auditLog.record(AuditEvent.of(tenant.id(), this.clock.instant(), BILLING,
					(delivery == BillingEvents.Delivery.SENT) ? "module.billing-sent" : "module.billing-skipped",
					"module", change.module().wireName(), details));
			return null;
		});
		return JobOutcome.done();
	}

	private ModuleOffer offer(Module module, @Nullable EnabledModule enabled) {
		return new ModuleOffer(module, this.prices.of(module), (enabled != null) ? enabled.since() : null,
				(enabled != null) ? enabled.by() : null);
	}

}
