package se.postboxen.kollegan.adapter.zoom;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.MeetingId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The values Kollegan's Zoom buttons carry: what is written is read back as the same
 * answer, and nothing Kollegan did not write is read as one.
 */
class ZoomButtonTests {

	private static final UUID ID = UUID.fromString("7d1e4b0a-5c2f-4e8b-9a61-3f2d8c9b1a47");

	@Test
	void readsBackEveryButtonItWrites() {
		ZoomButton consent = new ZoomButton.Consent(new MeetingId(ID), ConsentLevel.JURIDIK, ConsentAnswer.DECLINED);
		ZoomButton done = ZoomButton.Action.done(new ActionItemId(ID));
		ZoomButton later = ZoomButton.Action.newDate(new ActionItemId(ID), LocalDate.parse("2026-12-11"));

		assertThat(ZoomButton.parse(consent.value())).contains(consent);
		assertThat(ZoomButton.parse(done.value())).contains(done);
		assertThat(ZoomButton.parse(later.value())).contains(later);
	}

	@Test
	void keepsTheValuesAlreadyOnConsentCardsInZoom() {
		assertThat(ZoomButton.parse("consent:3f0c5a52-8a8e-4d55-9a59-0b6c2a1f2e11:PLUS:ACCEPTED"))
			.contains(new ZoomButton.Consent(new MeetingId(UUID.fromString("3f0c5a52-8a8e-4d55-9a59-0b6c2a1f2e11")),
					ConsentLevel.PLUS, ConsentAnswer.ACCEPTED));
		assertThat(ZoomButton.Action.done(new ActionItemId(ID)).value()).isEqualTo("action:" + ID + ":done");
		assertThat(ZoomButton.Action.newDate(new ActionItemId(ID), LocalDate.parse("2026-12-11")).value())
			.isEqualTo("action:" + ID + ":new-date:2026-12-11");
	}

	@Test
	void readsNothingItDidNotWrite() {
		assertThat(ZoomButton.parse(null)).isEmpty();
		assertThat(ZoomButton.parse("thumbs-up")).isEmpty();
		assertThat(ZoomButton.parse("consent:" + ID + ":EVERYTHING:ACCEPTED")).isEmpty();
		assertThat(ZoomButton.parse("consent:" + ID + ":PLUS")).isEmpty();
		assertThat(ZoomButton.parse("consent:" + ID + ":PLUS:ACCEPTED:extra")).isEmpty();
		assertThat(ZoomButton.parse("consent:1-2-3-4-5:PLUS:ACCEPTED")).isEmpty();
		assertThat(ZoomButton.parse("action:" + ID + ":done:2026-12-11")).isEmpty();
		assertThat(ZoomButton.parse("action:" + ID + ":new-date")).isEmpty();
		assertThat(ZoomButton.parse("action:" + ID + ":new-date:2026-13-40")).isEmpty();
		// Zoom cannot name a new owner Kollegan could find an address for.
		assertThat(ZoomButton.parse("action:" + ID + ":reassign")).isEmpty();
		assertThat(ZoomButton.parse("action:" + ID + ":DONE")).isEmpty();
		assertThat(ZoomButton.parse("action:" + ID + ":done ")).isEmpty();
		assertThat(ZoomButton.parse("action:not-a-uuid:done")).isEmpty();
		assertThat(ZoomButton.parse("action:" + ID + ":done" + "x".repeat(200))).isEmpty();
	}

	@Test
	void writesNoAnswerThatWouldNotBeRead() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ZoomButton.Action(new ActionItemId(ID), ActionAnswer.Kind.NEW_DATE, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new ZoomButton.Action(new ActionItemId(ID),
				ActionAnswer.Kind.DONE, LocalDate.parse("2026-12-11")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ZoomButton.Action(new ActionItemId(ID), ActionAnswer.Kind.REASSIGN, null));
	}

}
