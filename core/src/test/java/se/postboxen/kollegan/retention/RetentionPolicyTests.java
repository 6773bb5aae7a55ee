package se.postboxen.kollegan.retention;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetentionPolicyTests {

	private static final TenantId TENANT = TenantId.newId();

	private static final Instant NOW = Instant.parse("2031-06-15T01:00:00Z");

	@Test
	void everyDefaultLiesWithinItsOwnLimits() {
		for (RetentionKind kind : RetentionKind.values()) {
			if (kind.settable()) {
				assertThat(kind.allows(kind.defaultDays())).as(kind.wireName()).isTrue();
				assertThat(kind.minDays()).as(kind.wireName()).isPositive();
			}
		}
	}

	@Test
	void transcriptsKeepAtMostWhatTheirConsentLevelPromises() {
		assertThat(RetentionKind.TRANSCRIPT_PLUS.maxDays()).isEqualTo(30);
		assertThat(RetentionKind.TRANSCRIPT_JURIDIK.maxDays()).isEqualTo(90);
		assertThat(RetentionKind.TRANSCRIPT_PLUS.allows(31)).isFalse();
		assertThat(RetentionKind.TRANSCRIPT_JURIDIK.allows(91)).isFalse();
	}

	@Test
	void theAuditLogIsNeverKeptLessThanAYear() {
		assertThat(RetentionKind.AUDIT_LOG.allows(364)).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetentionPolicy(TENANT, Map.of(RetentionKind.AUDIT_LOG, 364), null))
			.withMessageContaining("audit-log is 365 to 3650 days");
	}

	@Test
	void aTenantThatSetNothingKeepsEveryDefault() {
		RetentionPolicy policy = RetentionPolicy.defaults(TENANT);

		assertThat(policy.days(RetentionKind.TRANSCRIPT_PLUS)).isEqualTo(30);
		assertThat(policy.days(RetentionKind.TRANSCRIPT_JURIDIK)).isEqualTo(90);
		assertThat(policy.days(RetentionKind.RECAP)).isEqualTo(365);
		assertThat(policy.cutoff(RetentionKind.TRANSCRIPT_PLUS, NOW)).isEqualTo(Instant.parse("2031-05-16T01:00:00Z"));
		assertThat(Arrays.stream(RetentionKind.values()).anyMatch(policy::setByTenant)).isFalse();
		assertThat(policy.legalHold()).isNull();
	}

	@Test
	void theMeetingItselfFollowsTheLongestMeetingBasedPeriod() {
		RetentionPolicy policy = new RetentionPolicy(TENANT,
				Map.of(RetentionKind.RECAP, 100, RetentionKind.BRIEF, 200, RetentionKind.STAKEHOLDER, 300), null);

		assertThat(policy.days(RetentionKind.MEETING)).isEqualTo(300);
		assertThat(RetentionKind.MEETING.settable()).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetentionPolicy(TENANT, Map.of(RetentionKind.MEETING, 400), null))
			.withMessageContaining("not set on its own");
	}

	@Test
	void aPeriodEqualToTheDefaultIsNoChoice() {
		RetentionPolicy policy = new RetentionPolicy(TENANT, Map.of(RetentionKind.RECAP, 365, RetentionKind.BRIEF, 200),
				null);

		assertThat(policy.chosen()).containsOnlyKeys(RetentionKind.BRIEF);
		assertThat(policy.setByTenant(RetentionKind.RECAP)).isFalse();
		assertThat(policy.setByTenant(RetentionKind.BRIEF)).isTrue();
	}

	@Test
	void aPeriodStoredUnderEarlierLimitsIsReadAsTheNearestLimit() {
		RetentionPolicy policy = RetentionPolicy.ofStored(TENANT,
				Map.of(RetentionKind.TRANSCRIPT_PLUS, 60, RetentionKind.AUDIT_LOG, 10, RetentionKind.MEETING, 5), null);

		assertThat(policy.days(RetentionKind.TRANSCRIPT_PLUS)).isEqualTo(30);
		assertThat(policy.days(RetentionKind.AUDIT_LOG)).isEqualTo(365);
		assertThat(policy.days(RetentionKind.MEETING)).isEqualTo(365);
	}

	@Test
	void wireNamesAreExact() {
		assertThat(RetentionKind.ofWireName("transcript-plus")).hasValue(RetentionKind.TRANSCRIPT_PLUS);
		assertThat(RetentionKind.ofWireName("Transcript-Plus")).isEmpty();
		assertThat(RetentionKind.ofWireName(null)).isEmpty();
	}

}
