package se.postboxen.kollegan.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetentionSettingsTests {

	private static final TenantId TENANT = TenantId.newId();

	private static final Actor ADMIN = Actor.user("astrid");

	private final Map<TenantId, RetentionPolicy> stored = new HashMap<>();

	private final List<AuditEvent> audited = new ArrayList<>();

	private final RetentionSettings settings = new RetentionSettings(new RetentionPolicies() {

		@Override
		public RetentionPolicy find(TenantId tenantId) {
			return RetentionSettingsTests.this.stored.getOrDefault(tenantId, RetentionPolicy.defaults(tenantId));
		}

		@Override
		public void save(RetentionPolicy policy) {
			RetentionSettingsTests.this.stored.put(policy.tenantId(), policy);
		}

		@Override
		public List<TenantId> tenants() {
			return List.copyOf(RetentionSettingsTests.this.stored.keySet());
		}

	}, new AuditLog() {

		@Override
		public void record(AuditEvent event) {
			RetentionSettingsTests.this.audited.add(event);
		}

		@Override
		public List<AuditEvent> recent(TenantId tenantId, int limit) {
			return List.copyOf(RetentionSettingsTests.this.audited);
		}

	}, new Transactions() {

		@Override
		public <T> T inTransaction(Supplier<T> work) {
			return work.get();
		}

		@Override
		public void afterCommit(Runnable action) {
			action.run();
		}

	}, Clock.fixed(Instant.parse("2031-06-15T09:00:00Z"), ZoneOffset.UTC));

	@Test
	void aChangeIsSavedAndAuditedWithWhatChangedOnly() {
		this.settings.change(TENANT, Map.of(RetentionKind.RECAP, 100, RetentionKind.TRANSCRIPT_PLUS, 14), null, ADMIN);

		assertThat(this.settings.policy(TENANT).days(RetentionKind.RECAP)).isEqualTo(100);
		assertThat(this.audited).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("retention.changed");
			assertThat(event.actor()).isEqualTo(ADMIN);
			assertThat(event.details())
				.containsExactlyInAnyOrderEntriesOf(Map.of("recap", "100", "transcript-plus", "14"));
		});

		this.settings.change(TENANT, Map.of(RetentionKind.RECAP, 100), null, ADMIN);

		assertThat(this.audited).hasSize(2);
		assertThat(this.audited.get(1).details()).containsExactlyEntriesOf(Map.of("transcript-plus", "default"));
	}

	@Test
	void theSamePolicyAgainChangesNothingAndAuditsNothing() {
		this.settings.change(TENANT, Map.of(RetentionKind.BRIEF, 200), "Dnr 2031/17", ADMIN);
		this.settings.change(TENANT, Map.of(RetentionKind.BRIEF, 200), "Dnr 2031/17", ADMIN);
		this.settings.change(TENANT, Map.of(RetentionKind.BRIEF, 200, RetentionKind.RECAP, 365), " Dnr 2031/17 ",
				ADMIN);

		assertThat(this.audited).hasSize(1);
	}

	@Test
	void aHoldIsPlacedAndLiftedWithoutItsReasonInTheAuditTrail() {
		this.settings.change(TENANT, Map.of(), "Tvist med Leverantören AB, dnr 2031/17", ADMIN);

		LegalHold hold = this.settings.policy(TENANT).legalHold();
		assertThat(hold).isNotNull();
		assertThat(hold.placedAt()).isEqualTo(Instant.parse("2031-06-15T09:00:00Z"));

		this.settings.change(TENANT, Map.of(), "  ", ADMIN);

		assertThat(this.settings.policy(TENANT).legalHold()).isNull();
		assertThat(this.audited).extracting(event -> event.details().get("legalHold"))
			.containsExactly("placed", "lifted");
		assertThat(this.audited).allSatisfy(event -> assertThat(event.details().toString()).doesNotContain("Tvist"));
	}

	@Test
	void aPeriodOutsideItsLimitsIsRefusedAndNothingIsSaved() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.settings.change(TENANT, Map.of(RetentionKind.TRANSCRIPT_PLUS, 31), null, ADMIN));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.settings.change(TENANT, Map.of(), "rad ett\u0007", ADMIN));

		assertThat(this.stored).isEmpty();
		assertThat(this.audited).isEmpty();
	}

}
