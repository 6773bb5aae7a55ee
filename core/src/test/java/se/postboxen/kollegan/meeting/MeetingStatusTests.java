package se.postboxen.kollegan.meeting;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static se.postboxen.kollegan.meeting.MeetingStatus.ACTIVE;
import static se.postboxen.kollegan.meeting.MeetingStatus.CANCELLED;
import static se.postboxen.kollegan.meeting.MeetingStatus.DEGRADED;
import static se.postboxen.kollegan.meeting.MeetingStatus.DONE;
import static se.postboxen.kollegan.meeting.MeetingStatus.FAILED;
import static se.postboxen.kollegan.meeting.MeetingStatus.IN_LOBBY;
import static se.postboxen.kollegan.meeting.MeetingStatus.JOINING;
import static se.postboxen.kollegan.meeting.MeetingStatus.POST_PROCESSING;
import static se.postboxen.kollegan.meeting.MeetingStatus.SCHEDULED;

class MeetingStatusTests {

	/**
	 * The whole state machine, written out once so that any change to it is deliberate.
	 */
	private static final Map<MeetingStatus, Set<MeetingStatus>> ALLOWED = Map.of(SCHEDULED,
			EnumSet.of(JOINING, DEGRADED, CANCELLED), JOINING,
			EnumSet.of(IN_LOBBY, ACTIVE, FAILED, DEGRADED, CANCELLED), IN_LOBBY,
			EnumSet.of(ACTIVE, JOINING, FAILED, DEGRADED, CANCELLED), ACTIVE,
			EnumSet.of(POST_PROCESSING, FAILED, DEGRADED, CANCELLED), DEGRADED,
			EnumSet.of(POST_PROCESSING, FAILED, CANCELLED), POST_PROCESSING, EnumSet.of(DONE, FAILED), DONE,
			EnumSet.noneOf(MeetingStatus.class), FAILED, EnumSet.noneOf(MeetingStatus.class), CANCELLED,
			EnumSet.noneOf(MeetingStatus.class));

	@Test
	void allowsExactlyTheDocumentedTransitions() {
		for (MeetingStatus from : MeetingStatus.values()) {
			for (MeetingStatus to : MeetingStatus.values()) {
				assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
			}
		}
	}

	@Test
	void doneFailedAndCancelledAreFinal() {
		assertThat(EnumSet.allOf(MeetingStatus.class).stream().filter(MeetingStatus::isFinal))
			.containsExactlyInAnyOrder(DONE, FAILED, CANCELLED);
	}

	@Test
	void noStatusLeadsBackToScheduled() {
		assertThat(MeetingStatus.values()).noneMatch(status -> status.canMoveTo(SCHEDULED));
	}

}
