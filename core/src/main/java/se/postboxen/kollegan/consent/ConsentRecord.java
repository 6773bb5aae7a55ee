package se.postboxen.kollegan.consent;

import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

/** One participant's answer to the consent card of one meeting. */
public record ConsentRecord(ConsentRecordId id, TenantId tenantId, MeetingId meetingId, Person participant,
		ConsentLevel level, ConsentAnswer answer, ConsentChannel channel, Instant answeredAt) {

	public ConsentRecord {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(participant, "participant");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(answer, "answer");
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(answeredAt, "answeredAt");
	}

}
