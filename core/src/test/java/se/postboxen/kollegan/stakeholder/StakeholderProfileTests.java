package se.postboxen.kollegan.stakeholder;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** A profile's figures, counted from the facts its reader sees. */
class StakeholderProfileTests {

	private static final MeetingId EARLIER = MeetingId.newId();

	private static final MeetingId LATER = MeetingId.newId();

	private static final Instant NOVEMBER = Instant.parse("2026-11-24T12:00:00Z");

	private static final Instant DECEMBER = Instant.parse("2026-12-01T09:00:00Z");

	private static final Stakeholder JONAS = new Stakeholder(StakeholderId.newId(), TenantId.newId(),
			EmailAddress.of("jonas.wik@leverantor.example"), "Jonas Wik", "leverantor.example", null);

	private static ProfileFact fact(FactKind kind, String text, ActionStatus status, MeetingId source, Instant at) {
		return new ProfileFact(kind, text, status, null, source, "Möte", at);
	}

	@Test
	void countsMeetingsTopicsAndHowManyCommitmentsAreDone() {
		StakeholderProfile profile = new StakeholderProfile(JONAS, false,
				List.of(fact(FactKind.ATTENDED, "Möte", null, LATER, DECEMBER),
						fact(FactKind.TOPIC, "budget", null, LATER, DECEMBER),
						fact(FactKind.COMMITMENT, "Skicka offert", ActionStatus.OPEN, LATER, DECEMBER),
						fact(FactKind.ATTENDED, "Möte", null, EARLIER, NOVEMBER),
						fact(FactKind.TOPIC, "arkivformat", null, EARLIER, NOVEMBER),
						fact(FactKind.TOPIC, "budget", null, EARLIER, NOVEMBER),
						fact(FactKind.COMMITMENT, "Skicka prisbilaga", ActionStatus.DONE, EARLIER, NOVEMBER),
						fact(FactKind.COMMITMENT, "Boka demo", ActionStatus.DONE, EARLIER, NOVEMBER),
						fact(FactKind.COMMITMENT, "Struken", ActionStatus.CANCELLED, EARLIER, NOVEMBER)));

		assertThat(profile.meetingsAttended()).isEqualTo(2);
		assertThat(profile.topics()).containsExactly("budget", "arkivformat");
		assertThat(profile.commitments()).isEqualTo(3);
		assertThat(profile.commitmentsDone()).isEqualTo(2);
		assertThat(profile.completionRate()).isEqualTo(2.0 / 3);
		assertThat(profile.lastSeen()).isEqualTo(DECEMBER);
	}

	@Test
	void withoutCommitmentsThereIsNoRate() {
		StakeholderProfile profile = new StakeholderProfile(JONAS, false, List.of());

		assertThat(profile.completionRate()).isNull();
		assertThat(profile.lastSeen()).isNull();
		assertThat(profile.meetingsAttended()).isZero();
	}

}
