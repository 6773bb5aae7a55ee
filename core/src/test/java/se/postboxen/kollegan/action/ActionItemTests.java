package se.postboxen.kollegan.action;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ActionItemTests {

	private final ActionItem item = ActionItem.open(TenantId.newId(), MeetingId.newId(), "Skicka protokollet",
			Person.of("Anna", "anna@kommun-a.example"), null, null, new Confidence(0.7), true);

	@Test
	void confirmingADateClearsTheNeedForConfirmation() {
		this.item.redate(LocalDate.of(2026, 12, 4));

		assertThat(this.item.due()).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(this.item.needsConfirmation()).isFalse();
	}

	@Test
	void aClosedActionCannotBeChangedAgain() {
		this.item.markDone();

		assertThat(this.item.status()).isEqualTo(ActionStatus.DONE);
		assertThatIllegalStateException().isThrownBy(this.item::cancel);
		assertThatIllegalStateException().isThrownBy(() -> this.item.redate(LocalDate.of(2026, 12, 5)));
		assertThatIllegalStateException().isThrownBy(() -> this.item.reassign(Person.of("Erik", null)));
	}

}
