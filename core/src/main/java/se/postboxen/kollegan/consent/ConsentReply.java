package se.postboxen.kollegan.consent;

import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A participant's answer to a consent card, as a chat platform delivers it.
 *
 * @param level the level the participant answered for (an organiser may pick a lower one
 * than offered)
 */
public record ConsentReply(TenantId tenantId, MeetingId meetingId, Person participant, ConsentLevel level,
		ConsentAnswer answer, ConsentChannel channel, Instant at) {

	public ConsentReply {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(participant, "participant");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(answer, "answer");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(at, "at");
	}

}
