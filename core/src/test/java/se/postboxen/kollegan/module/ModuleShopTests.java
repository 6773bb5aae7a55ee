package se.postboxen.kollegan.module;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.JobType;
import se.postboxen.kollegan.jobs.QueuedJobs;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The module shop against a queue and an audit log that remember what they were given:
 * each switch is audited and queues one billing event in its own transaction, a switch to
 * the state a module is in does nothing, every switch has its own event id and every
 * attempt of one switch the same, and the billing job turns billing's answers into the
 * queue's outcomes.
 */
class ModuleShopTests {

	private static final Instant NOW = Instant.parse("2026-05-12T09:30:00.123456789Z");

	private static final Actor ASTRID = Actor.user("astrid-subject");

	private final Tenant tenant = new Tenant(TenantId.newId(), "kommun-a", "Kommun A", ZoneId.of("Europe/Stockholm"),
			ConsentLevel.PLUS, null);

	private final InMemoryTenantModules modules = new InMemoryTenantModules();

	private final List<AuditEvent> audit = new ArrayList<>();

	private final QueuedJobs jobs = new QueuedJobs(() -> this.openTransactions > 0);

	private final RecordingBilling billing = new RecordingBilling();

	private int openTransactions;

	private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private ModuleShop shop() {
		return new ModuleShop(this.modules, prices(), tenants(), this.billing, this.jobs, auditLog(), transactions(),
				this.clock);
	}

	static ModulePrices prices() {
		Map<Module, Integer> prices = new EnumMap<>(Module.class);
		Arrays.stream(Module.values()).forEach(module -> prices.put(module, 1000 + 100 * module.ordinal()));
		return new ModulePrices(prices);
	}

	@Test
	void switchingAModuleOnStoresItAuditsItAndQueuesItsBillingEventInOneTransaction() {
		ModuleOffer offer = shop().change(this.tenant.id(), Module.JURIDIK_GUNNAR, true, ASTRID);

		assertThat(offer.enabled()).isTrue();
		assertThat(offer.enabledSince()).isEqualTo(Instant.parse("2026-05-12T09:30:00.123456Z"));
		assertThat(offer.enabledBy()).isEqualTo(ASTRID);
		assertThat(offer.priceSekPerMonth()).isEqualTo(1300);
		assertThat(this.jobs.queued).singleElement().satisfies(request -> {
			JobPayload.BillModuleChange change = (JobPayload.BillModuleChange) request.payload();
			assertThat(change.type()).isEqualTo(JobType.BILL_MODULE_CHANGE);
			assertThat(change.enabled()).isTrue();
			assertThat(change.module()).isEqualTo(Module.JURIDIK_GUNNAR);
			assertThat(change.priceSekPerMonth()).isEqualTo(1300);
			assertThat(request.key()).hasToString("billing:" + change.eventId());
			assertThat(request.tenantId()).isEqualTo(this.tenant.id());
		});
		assertThat(this.jobs.enqueuedInTransaction).containsExactly(true);
		assertThat(this.audit).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("module.enabled");
			assertThat(event.actor()).isEqualTo(ASTRID);
			assertThat(event.subjectId()).isEqualTo("juridik-gunnar");
			assertThat(event.details()).containsEntry("priceSekPerMonth", "1300");
		});
		assertThat(this.openTransactions).isZero();
	}

	@Test
	void switchingAModuleToTheStateItIsInChangesAuditsAndBillsNothing() {
		ModuleShop shop = shop();
		shop.change(this.tenant.id(), Module.REGWATCH, true, ASTRID);
		this.clock = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);

		ModuleOffer again = shop().change(this.tenant.id(), Module.REGWATCH, true, Actor.user("someone-else"));
		shop().change(this.tenant.id(), Module.PROCUREMENT, false, ASTRID);

		assertThat(again.enabledBy()).as("the first switch stands").isEqualTo(ASTRID);
		assertThat(this.jobs.queued).hasSize(1);
		assertThat(this.audit).hasSize(1);
	}

	@Test
	void everySwitchHasItsOwnBillingEventAndSwitchingOffBillsTheEndOfTheEnablement() {
		shop().change(this.tenant.id(), Module.STAKEHOLDER_INSIGHTS, true, ASTRID);
		this.clock = Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC);
		ModuleOffer off = shop().change(this.tenant.id(), Module.STAKEHOLDER_INSIGHTS, false, ASTRID);
		this.clock = Clock.fixed(NOW.plusSeconds(7200), ZoneOffset.UTC);
		shop().change(this.tenant.id(), Module.STAKEHOLDER_INSIGHTS, true, ASTRID);

		assertThat(off.enabled()).isFalse();
		assertThat(this.jobs.queued).extracting(request -> ((JobPayload.BillModuleChange) request.payload()))
			.satisfiesExactly(on -> assertThat(on.enabled()).isTrue(), ended -> {
				assertThat(ended.enabled()).isFalse();
				assertThat(ended.at()).isEqualTo(NOW.plusSeconds(3600).truncatedTo(ChronoUnit.MICROS));
			}, onAgain -> assertThat(onAgain.enabled()).isTrue());
		assertThat(this.jobs.queued).extracting(JobRequest::key).doesNotHaveDuplicates();
		assertThat(this.audit).extracting(AuditEvent::action)
			.containsExactly("module.enabled", "module.disabled", "module.enabled");
	}

	@Test
	void oneSwitchHasOneEventIdHoweverOftenItIsAskedFor() {
		EnabledModule enablement = new EnabledModule(this.tenant.id(), Module.TASK_BOARDS, NOW, ASTRID);
		EnabledModule later = new EnabledModule(this.tenant.id(), Module.TASK_BOARDS, NOW.plusSeconds(1), ASTRID);

		assertThat(ModuleShop.eventId(enablement, BillingEvent.Kind.ENABLED))
			.isEqualTo(ModuleShop.eventId(enablement, BillingEvent.Kind.ENABLED))
			.isNotEqualTo(ModuleShop.eventId(enablement, BillingEvent.Kind.DISABLED))
			.isNotEqualTo(ModuleShop.eventId(later, BillingEvent.Kind.ENABLED));
	}

	@Test
	void theBillingJobSendsTheSwitchWithTheTenantsSlugAndThePriceItHadThen() {
		JobPayload.BillModuleChange change = new JobPayload.BillModuleChange(UUID.randomUUID(), this.tenant.id(),
				Module.DOC_COPILOT, false, 1200, NOW);

		JobOutcome outcome = shop().bill(change);

		assertThat(outcome).isEqualTo(JobOutcome.done());
		assertThat(this.billing.sent).containsExactly(new BillingEvent(change.eventId(), BillingEvent.Kind.DISABLED,
				this.tenant.id(), "kommun-a", Module.DOC_COPILOT, 1200, NOW));
		assertThat(this.audit).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("module.billing-sent");
			assertThat(event.actor()).isEqualTo(Actor.system("billing"));
			assertThat(event.details()).containsEntry("billingEvent", change.eventId().toString())
				.containsEntry("type", "module.disabled");
		});
	}

	@Test
	void billingThatIsDownIsAskedAgainWhenItSaysAndARefusalIsDead() {
		JobPayload.BillModuleChange change = new JobPayload.BillModuleChange(UUID.randomUUID(), this.tenant.id(),
				Module.REGWATCH, true, 1000, NOW);

		this.billing.failure = BillingException.answered(503, "120", NOW);
		JobOutcome unavailable = shop().bill(change);
		this.billing.failure = BillingException.answered(400, null, NOW);
		JobOutcome refused = shop().bill(change);

		assertThat(unavailable).isEqualTo(new JobOutcome.Retry(NOW.plusSeconds(120), "Billing answered 503"));
		assertThat(refused).isEqualTo(JobOutcome.failPermanently("Billing answered 400"));
		assertThat(this.audit).isEmpty();
	}

	@Test
	void withoutABillingEndpointTheJobSaysSoAndIsDone() {
		this.billing.endpoint = false;

		JobOutcome outcome = shop().bill(
				new JobPayload.BillModuleChange(UUID.randomUUID(), this.tenant.id(), Module.REGWATCH, true, 1000, NOW));

		assertThat(outcome).isEqualTo(JobOutcome.done());
		assertThat(this.audit).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("module.billing-skipped");
			assertThat(event.details()).containsEntry("reason", "no billing endpoint");
		});
	}

	@Test
	void theCatalogueListsEveryModuleInOrderWithWhetherItIsOn() {
		shop().change(this.tenant.id(), Module.TASK_BOARDS, true, ASTRID);

		assertThat(shop().catalogue(this.tenant.id())).extracting(ModuleOffer::module).containsExactly(Module.values());
		assertThat(shop().catalogue(this.tenant.id())).filteredOn(ModuleOffer::enabled)
			.extracting(ModuleOffer::module)
			.containsExactly(Module.TASK_BOARDS);
		assertThat(shop().catalogue(TenantId.newId())).noneMatch(ModuleOffer::enabled);
	}

	@Test
	void everyModuleHasAPrice() {
		Map<Module, Integer> withoutOne = new EnumMap<>(prices().sekPerMonth());
		withoutOne.remove(Module.JURIDIK_GUNNAR);

		assertThatIllegalArgumentException().isThrownBy(() -> new ModulePrices(withoutOne))
			.withMessageContaining("juridik-gunnar");
	}

	@Test
	void modulesAreFoundByTheirWireNamesAndFlagKeysOnly() {
		assertThat(Module.ofWireName("juridik-gunnar")).hasValue(Module.JURIDIK_GUNNAR);
		assertThat(Module.ofFlagKey("module.stakeholder-insights")).hasValue(Module.STAKEHOLDER_INSIGHTS);
		assertThat(Module.ofWireName("JURIDIK_GUNNAR")).isEmpty();
		assertThat(Module.ofWireName(null)).isEmpty();
		assertThat(Module.ofFlagKey("stakeholder-insights")).isEmpty();
		assertThat(Arrays.stream(Module.values()).map(Module::wireName)).doesNotHaveDuplicates()
			.allMatch(name -> name.matches("[a-z][a-z-]*"));
	}

	private AuditLog auditLog() {
		return new AuditLog() {
			@Override
			public void record(AuditEvent event) {
				ModuleShopTests.this.audit.add(event);
			}

			@Override
			public List<AuditEvent> recent(TenantId tenantId, int limit) {
				return List.copyOf(ModuleShopTests.this.audit);
			}
		};
	}

	private Tenants tenants() {
		return new Tenants() {
			@Override
			public Optional<Tenant> findById(TenantId id) {
				return Optional.of(ModuleShopTests.this.tenant).filter(found -> found.id().equals(id));
			}

			@Override
			public Optional<Tenant> findBySlug(String slug) {
				return Optional.empty();
			}

			@Override
			public Optional<Tenant> findByDirectoryId(String directoryId) {
				return Optional.empty();
			}

			@Override
			public Tenant save(Tenant tenant) {
				return tenant;
			}
		};
	}

	private Transactions transactions() {
		return new Transactions() {
			@Override
			public <T> T inTransaction(Supplier<T> work) {
				ModuleShopTests.this.openTransactions++;
				try {
					return work.get();
				}
				finally {
					ModuleShopTests.this.openTransactions--;
				}
			}

			@Override
			public void afterCommit(Runnable action) {
				action.run();
			}
		};
	}

	private static final class RecordingBilling implements BillingEvents {

		private final List<BillingEvent> sent = new ArrayList<>();

		private boolean endpoint = true;

		private BillingException failure;

		@Override
		public Delivery send(BillingEvent event) {
			if (this.failure != null) {
				throw this.failure;
			}
			if (!this.endpoint) {
				return Delivery.NO_ENDPOINT;
			}
			this.sent.add(event);
			return Delivery.SENT;
		}

	}

}
