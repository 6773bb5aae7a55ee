package se.postboxen.kollegan.jobs;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryPolicyTests {

	private final RetryPolicy policy = RetryPolicy.of(5, Duration.ofSeconds(1), Duration.ofMinutes(10));

	@Test
	void doublesFromTheBaseDelay() {
		assertThat(this.policy.delayAfter(1, () -> 0)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.policy.delayAfter(2, () -> 0)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.policy.delayAfter(3, () -> 0)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.policy.delayAfter(4, () -> 0)).isEqualTo(Duration.ofSeconds(8));
	}

	@Test
	void addsAtMostTheJitterAndNeverWaitsLongerThanTheCap() {
		assertThat(this.policy.delayAfter(4, () -> 0.999)).isBetween(Duration.ofSeconds(8), Duration.ofMillis(8800));
		assertThat(this.policy.delayAfter(30, () -> 0)).isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void allowsAttemptsUpToTheMaximum() {
		assertThat(this.policy.allowsAnotherAfter(4)).isTrue();
		assertThat(this.policy.allowsAnotherAfter(5)).isFalse();
	}

	@Test
	void refusesNonsense() {
		assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.of(0, Duration.ofSeconds(1), Duration.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(1), 0.5, Duration.ofMinutes(1), 0.1));
	}

	@Test
	void everyJobTypeCarriesItsOwnPayloadAndPolicy() {
		for (JobType type : JobType.values()) {
			assertThat(type.payloadType()).isNotNull();
			assertThat(type.retryPolicy().maxAttempts()).isPositive();
		}
		assertThat(new JobPayload.RetentionSweep().type()).isEqualTo(JobType.RETENTION_SWEEP);
		assertThat(new JobPayload.NudgeAction(se.postboxen.kollegan.action.ActionItemId.newId(), 2).type())
			.isEqualTo(JobType.NUDGE_ACTION);
		assertThat(new JobPayload.JoinRetry(se.postboxen.kollegan.meeting.MeetingId.newId(), 1).type())
			.isEqualTo(JobType.JOIN_RETRY);
	}

}
